package org.nashir.search;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.nashir.article.body.BodyCodec;

/** A story body is stored as block JSON; the index gets the words a reader sees. */
final class BodyText implements ValueBridge<String, String> {

    @Override
    public String toIndexedValue(String json, ValueBridgeToIndexedValueContext context) {
        return json == null ? null : BodyCodec.read(json).plainText();
    }
}
