/** Directory scope lives in the one data-scope policy; re-exported for the directory modules. */
export { DIRECTORY_MANAGERS, directoryScope, inDirectoryScope } from './data-scope.policy.ts';
