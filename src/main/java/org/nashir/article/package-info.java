/**
 * Stories: the entity and its lifecycle, the block body (validated JSON, rendered by one renderer)
 * and {@link org.nashir.article.Permalinks}, which builds every public URL.
 */
package org.nashir.article;
