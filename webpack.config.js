// Production build. Until the add-in's task pane lands, it bundles the shared engine and the
// workbook reader for the browser (dist/capaian-engine.js, global `CapaianEngine`): the same
// pure code the task pane and the ribbon commands will call, built without any Node polyfill —
// a second guard, beside the lint rule, that src/engine and src/workbook stay host-free.
const path = require('path');

module.exports = (env, argv) => ({
  mode: argv.mode || 'production',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { 'capaian-engine': './src/workbook/index.ts' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    library: { name: 'CapaianEngine', type: 'umd' },
    globalObject: 'this',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } }, exclude: /node_modules/ }],
  },
  performance: { hints: false },
});
