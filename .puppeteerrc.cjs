// Puppeteer (used by DAISY Ace in the tests) must never download a browser: it drives Debian's chromium.
module.exports = {
  skipDownload: true,
  executablePath: process.env.PUPPETEER_EXECUTABLE_PATH || '/usr/bin/chromium',
};
