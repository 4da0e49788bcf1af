/**
 * The Arabic analysis chain of the search index (docs/decisions/0003-arabic-search.md): character mappings the
 * stock analyzers miss, stop words before folding, ICU folding and Arabic normalisation, the newsroom's
 * variant spellings, joined names split, and a light stemmer that leaves proper nouns alone.
 */
package org.nashir.search.arabic;
