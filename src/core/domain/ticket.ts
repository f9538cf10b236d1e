/** Ticket numbers: county prefix + Shanghai date + daily sequence, e.g. HS-20261127-0042. */
import { shanghaiDate } from './time'

export const ticketNumber = (prefix: string, instant: Date, sequence: number): string =>
  `${prefix}-${shanghaiDate(instant).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`

/** A county prefix of 2–4 letters, plus Y or T for a legal-aid application or a mediation request (application.ts). */
export const TICKET_PATTERN = /^[A-Z]{2,5}-\d{8}-\d{4,}$/
