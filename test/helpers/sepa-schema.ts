import path from 'node:path';

/**
 * The official ISO 20022 schema of SEPA credit transfers (pain.001.001.03), kept with the tests so
 * that they do not depend on anything outside the repository. `xmllint --schema` checks files with it.
 */
export const PAIN_001_XSD = path.resolve(__dirname, '..', 'fixtures', 'sepa', 'pain.001.001.03.xsd');
