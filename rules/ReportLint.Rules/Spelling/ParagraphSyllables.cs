using ReportLint.Core.Syntax;

namespace ReportLint.Rules.Spelling;

/// <summary>
/// Every Word token of a paragraph validated once: its status and its inventory key (lower case, modern
/// placement). Five spelling rules read the same facts, so the validator runs once per token, and the
/// table lives as long as the paragraph's syntax (an unchanged paragraph keeps it across edits).
/// </summary>
internal sealed class ParagraphSyllables
{
    private static readonly SyntaxSlot<ParagraphSyllables> Slot = new();

    private readonly SyllableStatus[] _status;
    private readonly int[] _keyStart;
    private readonly byte[] _keyLength;
    private readonly char[] _keys;
    private int[]? _keyHashes;

    private ParagraphSyllables(SpellingData data, ParagraphSyntax syntax)
    {
        Data = data;
        var tokens = syntax.Tokens;
        _status = new SyllableStatus[tokens.Count];
        _keyStart = new int[tokens.Count];
        _keyLength = new byte[tokens.Count];
        _keys = new char[syntax.Text.Length];
        var position = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                _status[i] = SyllableStatus.NotVietnamese;
                continue;
            }
            _status[i] = data.Syllables.Analyze(syntax.GetText(token), _keys.AsSpan(position), out var length);
            _keyStart[i] = position;
            _keyLength[i] = (byte)length;
            position += length; // a key is never longer than its token
        }
    }

    public SpellingData Data { get; }

    public static ParagraphSyllables Get(Paragraph paragraph, SpellingData data)
    {
        var table = paragraph.Syntax.GetOrAdd(Slot, data, static (syntax, data) => new ParagraphSyllables(data, syntax));
        // Another data pack set (a workspace with its own syllables) validates afresh.
        return ReferenceEquals(table.Data, data) ? table : new ParagraphSyllables(data, paragraph.Syntax);
    }

    public SyllableStatus Status(int token) => _status[token];

    /// <summary>
    /// The keys of <paramref name="words"/> Word tokens from <paramref name="first"/>, each one space apart (tokens
    /// first, first + 2, …), as one key ("a b c") written into <paramref name="buffer"/>; empty when any is not a valid
    /// syllable or the buffer is too short.
    /// </summary>
    public ReadOnlySpan<char> PhraseKey(int first, int words, Span<char> buffer)
    {
        var length = 0;
        for (var w = 0; w < words; w++)
        {
            var key = Key(first + 2 * w);
            if (key.IsEmpty || length + key.Length + 1 > buffer.Length)
            {
                return default;
            }
            if (w > 0)
            {
                buffer[length++] = ' ';
            }
            key.CopyTo(buffer[length..]);
            length += key.Length;
        }
        return buffer[..length];
    }

    /// <summary>
    /// The keys of two valid Word tokens as one pair key ("a b"), written into <paramref name="buffer"/>;
    /// empty when either word is not a valid syllable.
    /// </summary>
    public ReadOnlySpan<char> PairKey(int first, int second, Span<char> buffer)
    {
        var a = Key(first);
        var b = Key(second);
        if (a.IsEmpty || b.IsEmpty)
        {
            return default;
        }
        a.CopyTo(buffer);
        buffer[a.Length] = ' ';
        b.CopyTo(buffer[(a.Length + 1)..]);
        return buffer[..(a.Length + 1 + b.Length)];
    }

    /// <summary>
    /// <see cref="KeyHash"/> of each token's key (0 where a token has none), computed on first use: a
    /// document-wide count over every word reads these ints instead of hashing the keys after each edit.
    /// </summary>
    public int[] KeyHashes
    {
        get
        {
            if (_keyHashes is { } hashes)
            {
                return hashes;
            }
            hashes = new int[_status.Length];
            for (var i = 0; i < hashes.Length; i++)
            {
                var key = Key(i);
                hashes[i] = key.IsEmpty ? 0 : KeyHash(key);
            }
            return _keyHashes = hashes; // a race only computes the same table twice
        }
    }

    /// <summary>A deterministic hash of a key (FNV-1a), never 0.</summary>
    public static int KeyHash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash == 0 ? 1 : (int)hash;
    }

    /// <summary>The key of a valid Word token; empty otherwise.</summary>
    public ReadOnlySpan<char> Key(int token) =>
        _status[token] == SyllableStatus.Valid ? _keys.AsSpan(_keyStart[token], _keyLength[token]) : default;
}
