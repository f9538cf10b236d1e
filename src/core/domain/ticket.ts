/** Ticket numbers: county prefix + Shanghai date + daily sequence, e.g. HS-20261127-0042. */
import { shanghaiDate } from './time'

export const ticketNumber = (prefix: string, instant: Date, sequence: number): string =>
  `${prefix}-${shanghaiDate(instant).replaceAll('-', '')}-${String(sequence).padStart(4, '0')}`

export const TICKET_PATTERN = /^[A-Z]{2,4}-\d{8}-\d{4,}$/
