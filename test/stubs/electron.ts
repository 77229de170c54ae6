/** Jest never loads the real electron package: importing it would try to download the binary. */
export const app = {};

/** Replaced per test (jest.spyOn) by a double of the child a utility process would be. */
export const utilityProcess = {
  fork: (_modulePath: string, _args?: string[], _options?: Record<string, unknown>): unknown => {
    throw new Error('utilityProcess.fork n’existe pas hors d’Electron');
  },
};

export default { app, utilityProcess };
