import { Route, Routes } from 'react-router';
import { DetailPage } from './components/detail-page.tsx';
import { QueuePage } from './components/queue-page.tsx';
import { UndoProvider } from './components/undo-context.tsx';
import './registrations.css';
import './review-keys.css';

/** /admin/ho-so: the queue, and /admin/ho-so/:id one application ("Hoàn tác" spans both). */
export function RegistrationsRoutes() {
  return (
    <UndoProvider>
      <Routes>
        <Route index element={<QueuePage />} />
        <Route path=":id" element={<DetailPage />} />
      </Routes>
    </UndoProvider>
  );
}
