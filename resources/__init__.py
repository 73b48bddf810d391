"""The bundled story: the article text and the metadata the text cannot say."""
