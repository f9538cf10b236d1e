/**
 * The CloudBase adapter of the Store port (wx-server-sdk database), used by the deployed
 * cloud functions. Document ids are the domain ids (tip id, OPENID), so lookups are by _id.
 * Open the database with `throwOnNotFound: false`: a missing document is an answer (null), not
 * an error.
 */
import type { Store } from '../port'
import { cloudbaseApplications } from './applications'
import { cloudbaseAudit } from './audit'
import { cloudbaseConsultations } from './consultations'
import { cloudbaseInvites } from './invites'
import { cloudbasePoints } from './points'
import { cloudbaseSlots } from './slots'
import { cloudbaseStaff } from './staff'
import { cloudbaseTips } from './tips'
import type { CloudDatabase } from './types'
import { cloudbaseUnitOfWork } from './unit-of-work'

export const cloudbaseStore = (db: CloudDatabase): Store => ({
  tips: cloudbaseTips(db),
  staff: cloudbaseStaff(db),
  points: cloudbasePoints(db),
  consultations: cloudbaseConsultations(db),
  applications: cloudbaseApplications(db),
  slots: cloudbaseSlots(db),
  invites: cloudbaseInvites(db),
  audit: cloudbaseAudit(db),
  unitOfWork: cloudbaseUnitOfWork(db),
  async close() {
    // Connections belong to the cloud function runtime.
  }
})
