/**
 * A story's body as data: the kinds of block ({@link org.nashir.article.body.BlockType}, one place for each
 * kind's name, fields and label), the blocks themselves, the JSON codec that validates every save, the inline
 * markup allowed in a paragraph, and the views templates render. Depends on no other feature; publishes nothing.
 */
package org.nashir.article.body;
