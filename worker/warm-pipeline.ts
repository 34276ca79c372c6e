// Runs the attribution pipeline once when the isolate starts. Workers count global-scope work
// against startup, not against a request's CPU time; without it, the first article an editor
// imports into a fresh isolate pays for V8 compiling the pipeline's code and regular expressions
// (about 40 ms of CPU, beyond Workers Free's 10 ms per request). Warmed, an import costs a few
// ms (`npm run bench -- cold-start`). Pure computation: no I/O, no clock, nothing stored.
import { buildQuiz } from '../questions/index';
import article from './demo/article.txt';

buildQuiz({ text: article });
