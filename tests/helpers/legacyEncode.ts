/** The sample generator's TCVN3 encoder, for the tests and the layout generator that plant it. */
export { encodeTcvn3, TCVN3_EXAMPLES, verifyTcvn3Encoder } from '../../scripts/sample/tcvn3';
