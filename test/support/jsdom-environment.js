/**
 * jsdom for the task pane's component tests, with the web platform parts jsdom leaves out but
 * browsers (and the pane) have: TextDecoder/TextEncoder, structuredClone, and a ResizeObserver
 * that observes nothing (jsdom lays nothing out). Not Node's MessageChannel: its ports would keep
 * Jest from exiting (React's scheduler would use them).
 */
const { TextDecoder, TextEncoder } = require("node:util");

class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
const JsdomEnvironment = require("jest-environment-jsdom").TestEnvironment;

class PulsJsdomEnvironment extends JsdomEnvironment {
  async setup() {
    await super.setup();
    Object.assign(this.global, { TextDecoder, TextEncoder, structuredClone, ResizeObserver, IS_REACT_ACT_ENVIRONMENT: true });
  }
}

module.exports = PulsJsdomEnvironment;
