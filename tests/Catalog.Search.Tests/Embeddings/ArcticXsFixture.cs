using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class ArcticXsFixture() : SentenceModelFixture(SentenceModelKind.ArcticXs);
