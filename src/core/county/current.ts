/**
 * The county this build serves. To deploy for another county, add its data file beside
 * heishui.json and import it here instead. The file must pass CountySchema with every default
 * written out: tests/unit/county.test.ts proves that parsing it changes nothing. It is not
 * parsed at run time, so the main package (home reads the county) carries no zod.
 */
import data from './heishui.json'
import type { County } from './schema'

export const county = data as County
