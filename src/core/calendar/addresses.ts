// Mail addresses as the calendar import compares them: which domains are one
// company's, and which address is the owner's under another name. A company
// mails from several hosts of its own domain (`us.acme.com`, `eu.acme.com`,
// `acme.com`), so domains are compared by the organisation that registered
// them, as mail providers group them: the last two labels, or three under a
// country's second level (`acme.co.uk`).

/** Second levels under which a country registers names (`co.uk`, `com.au`): the organisation's name is one label further in. */
const SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'go', 'gv', 'ltd', 'plc']);

export const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1);

const localOf = (email: string): string => email.slice(0, email.lastIndexOf('@'));

/** Domains whose hosts are other tenants' (Microsoft 365 gives each company `acme.onmicrosoft.com`): the organisation is one label further in. */
const SHARED_HOSTS = new Set(['onmicrosoft.com']);

/** The domain its organisation registered: `acme.com` of `eu.acme.com`, `acme.co.uk` of `mail.acme.co.uk`. */
export function organisationOf(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  const second = labels.at(-2);
  const underCountry = second !== undefined && second.length <= 3 && SECOND_LEVELS.has(second) && (labels.at(-1)?.length ?? 0) === 2;
  const keep = labels.length >= 3 && (underCountry || SHARED_HOSTS.has(labels.slice(-2).join('.'))) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether two domains are one company's: the same, or hosts of the domain one organisation registered (`eu.acme.com` and `us.acme.com`). */
export function sameOrganisation(a: string, b: string): boolean {
  return a === b || organisationOf(a) === organisationOf(b);
}

/**
 * Whether an address is one of the owner's: one of theirs, or the same name
 * at another host of the same company (`me@acme.com` beside the calendar's
 * `me@us.acme.com`, which Google Workspace and Exchange deliver to one
 * mailbox): an invitation sent to the alias is the owner's.
 */
export function isOwnerAddress(email: string, owner: ReadonlySet<string>): boolean {
  if (owner.has(email)) return true;
  const local = localOf(email);
  for (const own of owner) if (localOf(own) === local && sameOrganisation(domainOf(own), domainOf(email))) return true;
  return false;
}

/** Local parts a service sends its invitations from: Webex's `messenger@webex.com`, Zoom's `no-reply@zoom.us`, Calendly's `notifications@calendly.com`. */
const SENDERS = new Set(['noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'do_not_reply', 'notification', 'notifications', 'messenger', 'mailer', 'calendar-notification', 'calendar-server']);

/** Whether an address is a service's sender, no mailbox of anyone who attends: the invitation's CN may still name its host. */
export const isSenderAddress = (email: string): boolean => SENDERS.has(localOf(email));

/**
 * An attendee or organiser written with a service's sending address, as the
 * person its name says, without the address (Webex writes the host as
 * `CN="Ana Silva":mailto:messenger@webex.com`); none when the name is only
 * the service's ("Calendly") or another address. Other attendees as they are.
 */
export function withoutSender<T extends { email?: string; name?: string }>(attendee: T): T | undefined {
  const email = attendee.email;
  if (email === undefined || !isSenderAddress(email)) return attendee;
  const name = attendee.name?.trim() ?? '';
  const service = organisationOf(domainOf(email)).split('.')[0] ?? '';
  if (name === '' || name.includes('@') || name.toLowerCase() === service) return undefined;
  const rest = { ...attendee };
  delete rest.email;
  return rest;
}
