import { Route, Routes } from 'react-router';
import { DetailPage } from './components/detail-page.tsx';
import { QueuePage } from './components/queue-page.tsx';
import './registrations.css';

/** /admin/ho-so: the queue, and /admin/ho-so/:id one application. */
export function RegistrationsRoutes() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path=":id" element={<DetailPage />} />
    </Routes>
  );
}
