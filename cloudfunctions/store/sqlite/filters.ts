/** A WHERE clause made of optional filters, each with its named parameter. */
export const filters = () => {
  const clauses: string[] = []
  const params: Record<string, string | number> = {}
  return {
    params,
    /** Adds `clause` (using @name) only when the filter has a value. */
    when(value: string | number | undefined, clause: string, name: string) {
      if (value === undefined) return
      clauses.push(clause)
      params[name] = value
    },
    always(clause: string) {
      clauses.push(clause)
    },
    sql: (from = 0) => clauses.slice(from).join(' AND ') || '1'
  }
}
