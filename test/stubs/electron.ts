/** Jest never loads the real electron package: importing it would try to download the binary. */
export const app = {};
export default {};
