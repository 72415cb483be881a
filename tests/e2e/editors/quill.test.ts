import { editorSuite } from '../harness/editor-suite';

editorSuite('quill');
