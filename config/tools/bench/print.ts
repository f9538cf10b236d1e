/** The one way every bench group reports: a figure, its baseline, the ratio and the target. */

export interface Figure {
  /** What was measured, e.g. "weapp main package". */
  name: string
  value: number
  unit: 'KB' | 'ms' | 'req/s' | 'requests' | 'x'
  /** What the figure is compared with, e.g. "blank Taro app", and its value in the same unit. */
  baselineName: string
  baseline: number
  /** The target as a ratio to the baseline: at most (sizes, times) or at least (throughput). */
  target: { atMost: number } | { atLeast: number }
}

export interface FigureGroup {
  id: string
  title: string
  run(log: (line: string) => void): Promise<Figure[]>
}

const formatValue = (value: number, unit: Figure['unit']): string => {
  if (unit === 'KB') return `${(value / 1024).toFixed(1)} KB`
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 1 : 0)} ms`
  if (unit === 'req/s') return `${value.toFixed(0)} req/s`
  return `${value.toFixed(0)} ${unit}`
}

export const ratioOf = (figure: Figure): number => figure.value / figure.baseline

export const meetsTarget = (figure: Figure): boolean =>
  'atMost' in figure.target ? ratioOf(figure) <= figure.target.atMost : ratioOf(figure) >= figure.target.atLeast

/** One line per figure: name, value, baseline, ratio and whether the target is met. */
export const printFigures = (title: string, figures: Figure[], print: (line: string) => void = console.log): void => {
  print(`\n${title}`)
  for (const figure of figures) {
    const target = 'atMost' in figure.target ? `≤ ×${figure.target.atMost}` : `≥ ×${figure.target.atLeast}`
    print(
      `  ${figure.name.padEnd(44)} ${formatValue(figure.value, figure.unit).padStart(12)}   ` +
        `${figure.baselineName}: ${formatValue(figure.baseline, figure.unit)}`.padEnd(46) +
        ` ×${ratioOf(figure).toFixed(2).padEnd(6)} target ${target.padEnd(7)} ${meetsTarget(figure) ? 'met' : 'NOT MET'}`
    )
  }
}
