using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class MiniLMFixture() : SentenceModelFixture(SentenceModelKind.MiniLM);
