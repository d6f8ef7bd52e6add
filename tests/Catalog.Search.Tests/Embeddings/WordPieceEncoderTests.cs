using Catalog.Search.Embeddings;

namespace Catalog.Search.Tests.Embeddings;

public sealed class WordPieceEncoderTests
{
    private static readonly VocabularyFile Vocabulary = VocabularyFile.Load(SentenceModelKind.ArcticXs);
    private static readonly WordPieceEncoder Encoder = SentenceModel.CreateEncoder(SentenceModelKind.ArcticXs, 256);

    [Theory]
    [InlineData(SentenceModelKind.ArcticXs)]
    [InlineData(SentenceModelKind.MiniLM)]
    public void Hello_world_gives_the_bert_base_uncased_ids(SentenceModelKind kind)
    {
        var vocabulary = VocabularyFile.Load(kind);
        int[] expected = [101, 7592, 1010, 2088, 999, 102];

        Assert.Equal(30522, vocabulary.Count);
        Assert.Equal(expected, vocabulary.Ids("[CLS]", "hello", ",", "world", "!", "[SEP]"));
        Assert.Equal(expected, SentenceModel.CreateEncoder(kind, 256).Encode("Hello, World!"));
    }

    [Theory]
    [InlineData("Café Résumé NAÏVE", new[] { "cafe", "resume", "naive" })]
    [InlineData("unaffable", new[] { "una", "##ffa", "##ble" })]
    [InlineData("don't", new[] { "don", "'", "t" })]
    [InlineData("line one\nline two", new[] { "line", "one", "line", "two" })]
    [InlineData("costs $10 + tax", new[] { "costs", "$", "10", "+", "tax" })]
    [InlineData("北京", new[] { "北", "京" })]
    [InlineData("😃", new[] { "[UNK]" })]
    public void Texts_become_uncased_word_pieces(string text, string[] pieces) =>
        Assert.Equal(Vocabulary.Ids(["[CLS]", .. pieces, "[SEP]"]), Encoder.Encode(text));

    [Fact]
    public void Typed_special_tokens_stay_text() =>
        Assert.Equal(Vocabulary.Ids("[CLS]", "[", "sep", "]", "[SEP]"), Encoder.Encode("[SEP]"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_cls_and_sep(string? text) =>
        Assert.Equal([101, 102], Encoder.Encode(text));

    [Fact]
    public void Long_text_is_cut_to_max_tokens_with_sep_last()
    {
        var text = string.Join(' ', Enumerable.Repeat("the quick brown fox jumps over the lazy dog", 100));

        var ids = Encoder.Encode(text);

        Assert.Equal(256, ids.Length);
        Assert.Equal(101, ids[0]);
        Assert.Equal(102, ids[^1]);
        Assert.DoesNotContain(102, ids[..^1]);
    }

    [Fact]
    public void Truncation_keeps_the_first_pieces_even_inside_a_word()
    {
        var encoder = SentenceModel.CreateEncoder(SentenceModelKind.ArcticXs, 10);

        // a..f and "unaffable" are 9 pieces; 8 fit, so the cut falls between "##ffa" and "##ble".
        var ids = encoder.Encode("a b c d e f unaffable");

        Assert.Equal(Vocabulary.Ids("[CLS]", "a", "b", "c", "d", "e", "f", "una", "##ffa", "[SEP]"), ids);
    }

    [Fact]
    public void Batch_is_padded_to_the_longest_text_with_a_matching_attention_mask()
    {
        var batch = Encoder.EncodeBatch(["Hello, World!", "", "a b c d e f unaffable"]);

        Assert.Equal(3, batch.Count);
        Assert.Equal(11, batch.SequenceLength);
        Assert.Equal([101, 7592, 1010, 2088, 999, 102, 0, 0, 0, 0, 0], batch.InputIdsOf(0).ToArray());
        Assert.Equal([1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0], batch.AttentionMaskOf(0).ToArray());
        Assert.Equal([101, 102, 0, 0, 0, 0, 0, 0, 0, 0, 0], batch.InputIdsOf(1).ToArray());
        Assert.Equal([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], batch.AttentionMaskOf(1).ToArray());
        Assert.Equal(Encoder.Encode("a b c d e f unaffable").Select(id => (long)id), batch.InputIdsOf(2).ToArray());
        Assert.All(batch.AttentionMaskOf(2).ToArray(), m => Assert.Equal(1, m));
        Assert.All(batch.TokenTypeIds, t => Assert.Equal(0, t));
        Assert.Equal(6 + 2 + 11, batch.TokenCount);
    }

    [Fact]
    public void Empty_batch_is_refused() =>
        Assert.Throws<ArgumentException>(() => Encoder.EncodeBatch([]));
}
