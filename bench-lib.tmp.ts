import { benchLibrary } from './tests/bench/library';
import { generateClips } from './tests/bench/clips';
let t = Date.now(); generateClips(2000); console.log('gen 2000', Date.now() - t);
t = Date.now();
console.log(await benchLibrary());
console.log('total', Date.now() - t);
