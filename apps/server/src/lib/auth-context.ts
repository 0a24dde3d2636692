/**
 * Who is calling, as established by the session plugin. `null` on the request = anonymous.
 * Citizen and staff sessions are distinct kinds; guards never let one stand for the other.
 */
export type AuthContext = {
  sessionId: string;
  accountId: string;
  kind: 'citizen' | 'staff';
  role: 'citizen' | 'officer' | 'supervisor' | 'administrator' | 'org_unit' | 'org_faculty';
  /** Staff only: the agency whose applications and citizens they may see. */
  agencyId: string | null;
  /** Citizens only. */
  bhxhCode: string | null;
  displayName: string;
  mustChangePassword: boolean;
  /** 'partial' = staff password accepted, second factor pending. */
  stage: 'partial' | 'full';
  authenticatedAt: Date;
  csrfToken: string;
};

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}
