// The add-in's build (webpack 5 + esbuild-loader), into dist/. Two configurations, built one after
// the other (`webpack --config-name addin` builds the first alone):
//
// addin — what runs inside Excel:
// - taskpane.html + taskpane.js — the task pane (React + Fluent UI v9); office.js from
//   Microsoft's CDN, as Microsoft requires inside Office. The page checks the webview first (a
//   few lines of ES5) and loads taskpane.js only where React 18 runs: Internet Explorer 11 and
//   the old Edge get a plain message instead (see the template).
// - commands.html + commands.js — the ribbon's function file; commands-guard.js (ES5) loads
//   commands.js, or answers the buttons itself in IE 11 and the old Edge; hasil.html + hasil.js —
//   the dialog in which a ribbon command shows its result.
// - capaian-engine.js — the engine and workbook reader as a UMD library (global `CapaianEngine`),
//   built without any Node polyfill: a second guard, beside the lint rule, that src/engine and
//   src/workbook stay host-free.
// - assets/ (icons) and the manifests (scripts/manifest-url.ts then writes the production
//   manifest's real base URL into dist/manifest.xml).
// - Report and .docx code in chunks loaded on demand (Buat Laporan, Unduh Bab III): the pane's
//   initial JavaScript carries neither. Its first screen (title, buttons, progress) is all that
//   taskpane.js holds (issue 15: at most 150 KB gzip, bench/pane-size.ts): the reader, engine and
//   Excel host (panel-kerja, src/taskpane/host.ts) and the tabs (panel-tab, App.tsx) are chunks
//   fetched as the pane starts.
//
// page — the browser page for planners whose Excel cannot run the add-in (preview.html): the
// same pane over the in-memory Excel, with a grid view; static files for any HTTPS host.
// - preview.js — the page and the pane. The pane's door to the workbook (src/taskpane/host.ts)
//   is swapped, for this configuration only, for src/taskpane/preview/page-host.ts, which hands
//   every call to the worker; so the add-in's taskpane.js is built exactly as without this page.
// - preview/worker.js — the worker that holds the workbook: the in-memory Excel the pane's actions
//   run on (off the main thread), and the exceljs workbook of the opened file for "Unduh hasil".
// - preview/exceljs.*.js (loaded by the worker when a file is opened or a result downloaded),
//   preview/laporan.*.js and preview/docx.*.js: chunks loaded on demand.
// - preview/samples/: assets/*.xlsx as JSON read at build time (opened without exceljs) and as
//   they are (for the download).
// - preview/start.js — ES5: checks the browser, then loads preview.js.
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// The oldest engine the built pages support (docs/ARCHITECTURE.md, "The oldest engine"):
// ES2021, as Safari 14.1 and Chromium 85 run it. Add-ins on a Mac run in WKWebView, i.e. the
// Mac's own Safari ("Browsers and webview controls used by Office Add-ins",
// https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins);
// Office for Mac keeps running, without updates, on a macOS older than the three it supports,
// whose Safari is 14.1 (macOS 10.15 / 11) or 15 (macOS 12), without ES2022's class static
// blocks (Safari 16.4). Fluent UI's focus libraries (tabster, keyborg) call `WeakRef`, which
// no build step can lower: Safari 14.1 is the floor. On Windows the webview is WebView2
// (Chromium-based Edge, evergreen; Windows 7/8.1 stay at 109), far above it. Our code and every
// dependency are transpiled to it (esbuild-loader) and scripts/check-es-level.ts checks the
// built files (`npm run build`, test/architecture/es-level.test.ts).
const OLDEST_ENGINE = {
  /** The ECMAScript edition every shipped script must parse at (es-check's argument). */
  ecmaVersion: 'es2021',
  /** esbuild's target: the edition and the engines themselves (esbuild knows their bugs). */
  esbuild: ['es2021', 'safari14.1', 'chrome85', 'edge85'],
};
const DIST = path.resolve(__dirname, 'dist');
// Content-Security-Policy of the pages Excel opens (taskpane.html, commands.html, hasil.html):
// scripts from this origin and Microsoft's office.js host only — the pages' own scripts are
// files (taskpane-guard.js, commands-guard.js, hasil.js), no inline script and so no hash.
// ajax.aspnetcdn.com: office.js loads MicrosoftAjax from it in some Office versions (office-js
// #1005, where Microsoft was asked for the list). style-src 'unsafe-inline': Fluent UI's Griffel
// inserts <style> elements, and office.js sets inline styles (office-js #1687) — as preview.html.
const OFFICE_CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com https://ajax.aspnetcdn.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const APP = path.resolve(__dirname, 'src/taskpane/components/App.tsx');

/** Emits preview/samples/: each assets/*.xlsx as JSON (read by the xlsx host) and as it is. */
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
          for (const f of fs.readdirSync(assets).filter((x) => x.endsWith('.xlsx'))) {
            const file = path.join(assets, f);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(
              `preview/samples/${f}`,
              new sources.RawSource(fs.readFileSync(file)),
            );
          }
          for (const [name, text] of await previewSamples(assets))
            compilation.emitAsset(`preview/samples/${name}`, new sources.RawSource(text));
        },
      );
    });
  }
}

module.exports = (env, argv) => {
  const mode = argv.mode || 'production';
  const minify = mode === 'production' ? { collapseWhitespace: true, removeComments: true } : false;
  // taskpane.html, commands.html and preview.html load their scripts themselves, after checking
  // the browser (`inject: false`, see the templates).
  const page = (name, template, chunk, extra = {}) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks: [chunk],
      scriptLoading: 'defer',
      inject: 'head',
      minify,
      ...extra,
    });
  const common = {
    mode,
    devtool: mode === 'development' ? 'source-map' : false,
    resolve: { extensions: ['.tsx', '.ts', '.js'], fallback: {} },
    // Webpack's own runtime code at the declared edition too.
    target: ['web', OLDEST_ENGINE.ecmaVersion],
    module: {
      rules: [
        // Our TypeScript and every dependency's JavaScript, lowered to the oldest engine (class
        // static blocks and fields, `#private`, …). esbuild only strips the types: `npm run
        // typecheck` (tsc) checks them; tsconfig.json's `isolatedModules` keeps the two agreed.
        {
          test: /\.[cm]?[jt]sx?$/,
          loader: 'esbuild-loader',
          options: { target: OLDEST_ENGINE.esbuild },
        },
      ],
    },
    performance: { hints: false },
  };

  const addin = {
    ...common,
    name: 'addin',
    entry: {
      'capaian-engine': {
        import: './src/workbook/index.ts',
        library: { name: 'CapaianEngine', type: 'umd' },
      },
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: DIST,
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      globalObject: "typeof self !== 'undefined' ? self : this",
      clean: true,
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', 'taskpane', {
        officeJs: OFFICE_JS_CDN,
        csp: OFFICE_CSP,
        inject: false,
      }),
      page('commands', './src/commands/commands.html', 'commands', {
        officeJs: OFFICE_JS_CDN,
        csp: OFFICE_CSP,
        inject: false,
      }),
      // The result dialog the ribbon's commands open (no bundle: hasil.js, copied below).
      new HtmlWebpackPlugin({
        filename: 'hasil.html',
        template: './src/commands/hasil.html',
        chunks: [],
        inject: false,
        minify,
        officeJs: OFFICE_JS_CDN,
        csp: OFFICE_CSP,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.{png,svg,ico}', to: '[path][name][ext]', noErrorOnMissing: true },
          // Plain ES5, as written: IE 11 and the old Edge must run them to say they cannot.
          ...[
            'src/taskpane/taskpane-guard.js',
            'src/commands/commands-guard.js',
            'src/commands/hasil.js',
          ].map((from) => ({ from, to: '[name][ext]', info: { minimized: true } })),
          // As they are; scripts/manifest-url.ts writes dist/manifest.xml with the real base URL.
          { from: 'manifest*.xml', to: '[name][ext]', noErrorOnMissing: true },
        ],
      }),
    ],
  };

  const browserPage = {
    ...common,
    name: 'page',
    // numfmt (the grid's number formats, in the worker): its ES module build, whose unused
    // exports the minifier drops — its package.json's `default` is the CommonJS build.
    resolve: {
      ...common.resolve,
      alias: { numfmt$: path.resolve(__dirname, 'node_modules/numfmt/dist/index.mjs') },
    },
    // After the add-in, whose build empties dist/ first (unless built alone: --config-name page).
    dependencies: [].concat(argv.configName || ['addin']).includes('addin') ? ['addin'] : [],
    entry: {
      preview: './src/taskpane/preview/index.tsx',
      'preview-worker': {
        import: './src/taskpane/preview/worker.ts',
        filename: 'preview/worker.js',
        chunkLoading: 'import-scripts',
      },
    },
    output: {
      path: DIST,
      filename: '[name].js',
      chunkFilename: 'preview/[name].[contenthash:8].js',
      globalObject: 'self',
      uniqueName: 'capaian_halaman',
      enabledChunkLoadingTypes: ['jsonp', 'import-scripts'],
      clean: false,
    },
    // Each chunk loaded on demand whole (exceljs with the xlsx host, the .docx library with the
    // report): named chunks, no shared vendor pieces.
    optimization: { splitChunks: false },
    module: {
      ...common.module,
      // A door (page-host.ts) that lacks something the pane imports fails the build.
      parser: { javascript: { exportsPresence: 'error' } },
    },
    plugins: [
      page('preview', './src/taskpane/preview/preview.html', 'preview', { inject: false }),
      new webpack.NormalModuleReplacementPlugin(/^\.\.\/host$/, (resolveData) => {
        if (path.resolve(resolveData.contextInfo.issuer || '') === APP)
          resolveData.request = '../preview/page-host';
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Plain ES5, as written (it must run in Internet Explorer 11 to say it cannot).
          {
            from: 'src/taskpane/preview/start.js',
            to: 'preview/start.js',
            info: { minimized: true },
          },
        ],
      }),
      new PreviewSamplesPlugin(),
    ],
  };

  return [addin, browserPage];
};

module.exports.OLDEST_ENGINE = OLDEST_ENGINE;
