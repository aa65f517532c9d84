// The add-in's build (webpack 5 + ts-loader), into dist/:
//
// - taskpane.html + taskpane.js — the task pane (React + Fluent UI v9); office.js from
//   Microsoft's CDN, as Microsoft requires inside Office.
// - commands.html + commands.js — the ribbon's function file.
// - preview.html + preview.js — the same pane over the in-memory Excel in any browser, with a grid
//   view of a sample workbook; office.js and the samples (assets/*.xlsx converted to JSON at
//   build time, so no exceljs in the browser) are served from the page's own origin (dist/preview/).
// - capaian-engine.js — the engine and workbook reader as a UMD library (global `CapaianEngine`),
//   built without any Node polyfill: a second guard, beside the lint rule, that src/engine and
//   src/workbook stay host-free.
// - assets/ (icons) and the manifests (scripts/manifest-url.ts then writes the production
//   manifest's real base URL into dist/manifest.xml).
// - Report and .docx code in chunks loaded on demand (Buat Laporan, Unduh Bab III): the pane's
//   initial JavaScript carries neither.
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const officeJsDir = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** Emits preview/samples/*.json: assets/*.xlsx read by the xlsx host at build time. */
class PreviewSamplesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PreviewSamplesPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'PreviewSamplesPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const assets = path.join(__dirname, 'assets');
          const { require: tsxRequire } = require('tsx/cjs/api');
          const { previewSamples } = tsxRequire(
            './scripts/preview-samples.ts',
            path.join(__dirname, 'webpack.config.js'),
          );
          for (const f of fs.readdirSync(assets).filter((x) => x.endsWith('.xlsx')))
            compilation.fileDependencies.add(path.join(assets, f));
          for (const [name, text] of await previewSamples(assets))
            compilation.emitAsset(`preview/samples/${name}`, new sources.RawSource(text));
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const mode = argv.mode || 'production';
  const page = (name, template, chunk, officeJs) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [chunk],
      officeJs,
      scriptLoading: 'defer',
      inject: 'head',
      minify: mode === 'production' ? { collapseWhitespace: true, removeComments: true } : false,
    });
  const copies = [
    { from: 'assets/*.{png,svg,ico}', to: '[path][name][ext]', noErrorOnMissing: true },
    // As they are; scripts/manifest-url.ts writes dist/manifest.xml with the real base URL.
    { from: 'manifest*.xml', to: '[name][ext]', noErrorOnMissing: true },
    // Microsoft's files as published (not minified again).
    {
      from: path.join(officeJsDir, 'office.js'),
      to: 'preview/office.js',
      info: { minimized: true },
    },
    {
      from: path.join(officeJsDir, 'o15apptofilemappingtable.js'),
      to: 'preview/o15apptofilemappingtable.js',
      info: { minimized: true },
    },
  ];
  return {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    entry: {
      'capaian-engine': {
        import: './src/workbook/index.ts',
        library: { name: 'CapaianEngine', type: 'umd' },
      },
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      preview: './src/taskpane/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      globalObject: "typeof self !== 'undefined' ? self : this",
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'], fallback: {} },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
          exclude: /node_modules/,
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', 'taskpane', OFFICE_JS_CDN),
      page('commands', './src/commands/commands.html', 'commands', OFFICE_JS_CDN),
      page('preview', './src/taskpane/preview/preview.html', 'preview', 'preview/office.js'),
      new CopyWebpackPlugin({ patterns: copies }),
      new PreviewSamplesPlugin(),
    ],
    performance: { hints: false },
  };
};
