// The SPARQL editor of kg serve's query page: CodeMirror 6 with the legacy SPARQL mode and completion
// from the store's schema. Built into ../editor.js by build.sh (esbuild, one IIFE, no network at run time).
// Exposes window.kgEditor.create(parent, {doc, words, onRun}) -> {get(), set(text), view, root}.
// The editor lives in a shadow root of `parent`: there CodeMirror adds its styles as constructed style
// sheets (adoptedStyleSheets), which a strict style-src allows, where in the document it would add
// <style> elements that the page's CSP blocks.
import {EditorView, basicSetup} from "codemirror";
import {keymap} from "@codemirror/view";
import {Prec} from "@codemirror/state";
import {StreamLanguage} from "@codemirror/language";
import {sparql} from "@codemirror/legacy-modes/mode/sparql";
import {autocompletion} from "@codemirror/autocomplete";

// a prefixed name being typed (kg:acq), a prefix alone (kg), a keyword (SEL) or a variable (?wh)
const WORD = /(?:[A-Za-z_][\w-]*)?:[\w.-]*|[A-Za-z_][\w-]*|\?[\w]*/;

function completer(words) {
  return (context) => {
    const word = context.matchBefore(WORD);
    if (!word || (word.from === word.to && !context.explicit)) { return null; }
    return {from: word.from, options: words, validFor: /^[\w:?.-]*$/};
  };
}

const theme = EditorView.theme({
  "&": {minHeight: "12rem", fontSize: "14px", backgroundColor: "#fff"},
  "&.cm-focused": {outline: "2px solid #7aa7e0"},
  ".cm-scroller": {minHeight: "12rem", fontFamily: "ui-monospace, monospace"},
});

function create(parent, {doc = "", words = [], onRun = () => {}} = {}) {
  const run = Prec.highest(keymap.of([{key: "Mod-Enter", run: () => { onRun(); return true; }}]));
  const root = parent.attachShadow({mode: "open"});
  const view = new EditorView({
    parent: root,
    root,
    doc,
    extensions: [
      run,
      theme,
      basicSetup,
      StreamLanguage.define(sparql),
      autocompletion({override: [completer(words)], activateOnTyping: true, maxRenderedOptions: 50}),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({"aria-label": "SPARQL query", spellcheck: "false"}),
    ],
  });
  return {
    view,
    root,
    get: () => view.state.doc.toString(),
    set: (text) => view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}}),
  };
}

window.kgEditor = {create};
