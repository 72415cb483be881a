import { editorSuite } from '../harness/editor-suite';

editorSuite('plaintext-only');
