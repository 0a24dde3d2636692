import { useNavigation } from 'react-router';

/** A thin bar while a lazy screen downloads, so a tap on a slow network visibly did something. */
export function NavigationProgress() {
  const { state } = useNavigation();
  return state === 'idle' ? null : <div className="nav-progress" aria-hidden="true" />;
}
