/**
 * The county this build serves. To deploy for another county, add its data file beside
 * heishui.json (it must pass CountySchema) and import it here instead.
 */
import data from './heishui.json'
import { CountySchema, type County } from './schema'

export const county: County = CountySchema.parse(data)
