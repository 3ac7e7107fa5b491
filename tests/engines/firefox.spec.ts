import { firefox } from './firefox.ts';
import { engineSuite } from './flows.ts';

engineSuite('Firefox ESR (WebDriver BiDi)', firefox);
