import { createContext, type ReactNode, useContext } from 'react';

/**
 * An app-wide notice ("Ứng dụng đã sẵn sàng dùng cả khi không có mạng.") handed down by the
 * layout. Each screen draws it in its own flow, under the header: a notice takes its own place
 * and never floats over a button or a link.
 */
export const AppNoticeContext = createContext<ReactNode>(null);

/** Where a screen shows the app-wide notice (see Screen). */
export function AppNotice() {
  const notice = useContext(AppNoticeContext);
  // The live region stays mounted so the notice is announced when it arrives.
  return <div role="status">{notice}</div>;
}
