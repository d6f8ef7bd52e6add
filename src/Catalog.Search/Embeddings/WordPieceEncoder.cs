using Microsoft.ML.Tokenizers;

namespace Catalog.Search.Embeddings;

/// <summary>
/// Turns texts into the token ids an uncased BERT model reads: <c>[CLS] … [SEP]</c>, cut to
/// <see cref="MaxTokens"/>, and padded per batch. Safe to share between threads.
/// </summary>
public sealed class WordPieceEncoder
{
    private readonly BertTokenizer _tokenizer;

    private WordPieceEncoder(BertTokenizer tokenizer, int maxTokens)
    {
        _tokenizer = tokenizer;
        MaxTokens = maxTokens;
    }

    /// <summary>Tokens per text, [CLS] and [SEP] included.</summary>
    public int MaxTokens { get; }

    public int ClassificationTokenId => _tokenizer.ClassificationTokenId;

    public int SeparatorTokenId => _tokenizer.SeparatorTokenId;

    public int PaddingTokenId => _tokenizer.PaddingTokenId;

    /// <param name="vocabulary">A BERT <c>vocab.txt</c>: one token per line, the line number is the id.</param>
    public static WordPieceEncoder Create(Stream vocabulary, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);
        // Lowercasing, accent stripping and splitting are done by BertBasicTokenizer (see why there),
        // so the library only splits on the spaces it leaves and runs WordPiece. Special-token text
        // such as "[SEP]" typed by a user has been split into punctuation by then, so it stays text.
        var tokenizer = BertTokenizer.Create(vocabulary, new BertOptions
        {
            ApplyBasicTokenization = false,
            LowerCaseBeforeTokenization = false,
            SplitOnSpecialTokens = false,
        });
        return new WordPieceEncoder(tokenizer, maxTokens);
    }

    /// <summary>The ids of one text: [CLS], at most <see cref="MaxTokens"/> − 2 word pieces, [SEP].</summary>
    public int[] Encode(string? text)
    {
        var words = BertBasicTokenizer.Split(text);
        var pieces = words.Length == 0
            ? []
            : _tokenizer.EncodeToIds(words, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: false);
        // Cutting by piece, even inside a word, is what the models saw in training (Hugging Face truncation).
        var kept = Math.Min(pieces.Count, MaxTokens - 2);
        var ids = new int[kept + 2];
        ids[0] = ClassificationTokenId;
        for (var i = 0; i < kept; i++)
        {
            ids[i + 1] = pieces[i];
        }

        ids[^1] = SeparatorTokenId;
        return ids;
    }

    /// <summary>Encodes the texts and pads them to the longest one, which is as short as the batch allows.</summary>
    public EncodedBatch EncodeBatch(IReadOnlyList<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            throw new ArgumentException("A batch needs at least one text.", nameof(texts));
        }

        var rows = texts.Select(Encode).ToArray();
        var length = rows.Max(r => r.Length);
        var inputIds = new long[rows.Length * length];
        var attentionMask = new long[rows.Length * length];
        for (var row = 0; row < rows.Length; row++)
        {
            var offset = row * length;
            Array.Fill(inputIds, PaddingTokenId, offset, length);
            for (var i = 0; i < rows[row].Length; i++)
            {
                inputIds[offset + i] = rows[row][i];
                attentionMask[offset + i] = 1;
            }
        }

        return new EncodedBatch(rows.Length, length, inputIds, attentionMask, new long[rows.Length * length]);
    }
}
