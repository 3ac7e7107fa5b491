import { engineSuite } from './flows.ts';
import { webkit } from './webkit.ts';

engineSuite('WebKitGTK (WebDriver)', webkit);
