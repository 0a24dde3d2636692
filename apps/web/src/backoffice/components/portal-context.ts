import { createContext } from 'react';

/**
 * Which staff portal the shared sign-in and header belong to: the back office (default, its own
 * strings) or the organization portal at /to-chuc, which reuses them with its own name and lead.
 */
export const PortalContext = createContext<{ name: string; signInLead: string } | null>(null);
