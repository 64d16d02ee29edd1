/** Global roles; NGO representative and official also follow from memberships. */
export const ROLES = [
  'citizen',
  'ngo_representative',
  'official',
  'grant_operator',
  'expert',
  'moderator',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** The person behind a request, as policies see them. */
export interface Actor {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  /** BINs of the organisations this person represents. */
  organizations: string[];
  /** Ids of the state bodies this person acts for. */
  stateBodies: string[];
  emailConfirmed: boolean;
  via: 'session' | 'token';
}

export const hasRole = (a: Actor | null | undefined, r: Role): boolean => !!a && a.roles.includes(r);
export const isStaff = (a: Actor | null | undefined): boolean => hasRole(a, 'moderator') || hasRole(a, 'administrator');
