import { Outlet } from 'react-router';
import { TabBar } from '../lib/components/tab-bar.tsx';

/** The four tab screens: each renders its own header and main; the tab bar comes last. */
export function TabLayout() {
  return (
    <div className="tab-layout">
      <Outlet />
      <TabBar />
    </div>
  );
}
