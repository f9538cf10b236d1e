// Taro's babel preset: used by the Taro (webpack) builds only; jest uses @swc/jest.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]]
}
