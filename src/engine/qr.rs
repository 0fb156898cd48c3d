//! A small QR Code encoder (ISO/IEC 18004, model 2), written for the kiosk hand-off links
//! in [`super::share`]. It replaces a general-purpose crate to keep the wasm download
//! small, so it does only what those links need: byte mode, error-correction level M
//! (about 15 % of the code may be damaged or glared over and it still reads), the smallest
//! version 1–40 that holds the data, and the mask with the lowest penalty.
//!
//! Byte mode only: the links are percent-encoded ASCII, and byte mode carries any bytes
//! (UTF-8 included) without guessing at character sets, so no mode-switching optimiser is
//! needed. The tables below are for level M only; everything else (codeword counts,
//! alignment positions, generator polynomials, BCH codes) is computed, which is smaller
//! than tabulating it.

/// Error-correction codewords per block at level M, by version (ISO/IEC 18004 Table 9).
const EC_PER_BLOCK: [u8; 40] = [
    10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, //
    26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];

/// Error-correction blocks at level M, by version (Table 9). When the data codewords do
/// not divide evenly, the last blocks take one data codeword more (the table's second
/// group), so the block count alone fixes the layout.
const BLOCKS: [u8; 40] = [
    1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, //
    17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// Module flags: the colour, and whether the module belongs to a function pattern (finder,
/// timing, alignment, format or version information), which data and masks never touch.
const DARK: u8 = 1;
const FUNCTION: u8 = 2;

/// A QR symbol as a square of modules, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    width: usize,
    modules: Vec<u8>,
}

impl Matrix {
    /// Modules per side: 21 for version 1, four more per version.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The version (1–40) the data needed.
    pub fn version(&self) -> usize {
        (self.width - 17) / 4
    }

    /// Whether module (`x`, `y`) is dark, with (0, 0) the top-left; outside the symbol is
    /// light, like the quiet zone.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.modules.get(y * self.width + x).is_some_and(|m| m & DARK != 0)
    }

    /// An empty symbol of `version` with all function patterns drawn (format information
    /// reserved with a placeholder), ready for the data.
    fn new(version: usize) -> Self {
        let width = 4 * version + 17;
        let mut m = Matrix { width, modules: vec![0; width * width] };
        // Timing patterns: alternating modules along row and column 6. Drawn across the
        // whole side; the finders drawn next overwrite the ends.
        for i in 0..width {
            m.set(6, i, i % 2 == 0);
            m.set(i, 6, i % 2 == 0);
        }
        // Finder patterns in three corners, each with its light separator: concentric
        // squares, dark at Chebyshev distance 0, 1 and 3 from the centre, light at 2 and 4.
        let far = width - 4;
        for (cx, cy) in [(3, 3), (far, 3), (3, far)] {
            m.square(cx, cy, 4, |d| d != 2 && d != 4);
        }
        // Alignment patterns at every pair of centre coordinates except the three that
        // would overlap a finder: 5×5, dark border and centre.
        let (centres, n) = alignment_centres(version);
        for (i, &cx) in centres[..n].iter().enumerate() {
            for (j, &cy) in centres[..n].iter().enumerate() {
                let corner = (i == 0 || j == 0) && (i + j == 0 || i + j == n - 1);
                if !corner {
                    m.square(cx, cy, 2, |d| d != 1);
                }
            }
        }
        m.draw_format(0);
        if version >= 7 {
            // Version information (6 bits + 12-bit BCH code), twice: a 6×3 block above the
            // bottom-left finder and its transpose left of the top-right finder, bit 0 in
            // the corner nearest the top-left finder.
            let bits = bch(version as u32, 0x1F25);
            for i in 0..18 {
                let (a, b) = (width - 11 + i % 3, i / 3);
                let dark = bits >> i & 1 != 0;
                m.set(a, b, dark);
                m.set(b, a, dark);
            }
        }
        m
    }

    /// Sets a function module.
    fn set(&mut self, x: usize, y: usize, dark: bool) {
        if let Some(m) = self.modules.get_mut(y * self.width + x) {
            *m = FUNCTION | u8::from(dark);
        }
    }

    /// Draws the square of the given `radius` around (`cx`, `cy`), clipped to the symbol,
    /// colouring each module by its Chebyshev distance from the centre.
    fn square(&mut self, cx: usize, cy: usize, radius: usize, dark: impl Fn(usize) -> bool) {
        for y in cy.saturating_sub(radius)..=cy + radius {
            for x in cx.saturating_sub(radius)..=cx + radius {
                if x < self.width && y < self.width {
                    self.set(x, y, dark(x.abs_diff(cx).max(y.abs_diff(cy))));
                }
            }
        }
    }

    /// Draws the 15-bit format information for level M and `mask` (plus the always-dark
    /// module beside the bottom-left finder). It sits twice in the symbol, so a reader
    /// finds it even when one corner is damaged: around the top-left finder, and split
    /// between the bottom-left and top-right ones.
    fn draw_format(&mut self, mask: u8) {
        // Level M is 00, so the five data bits are just the mask; the mask 0x5412 keeps
        // the format information from ever being all light.
        let bits = bch(u32::from(mask), 0x537) ^ 0x5412;
        let w = self.width;
        for i in 0..15 {
            let dark = bits >> i & 1 != 0;
            // Top-left: down column 8 (skipping the timing row), then left along row 8.
            let (x, y) = match i {
                0..=5 => (8, i),
                6 => (8, 7),
                7 => (8, 8),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            self.set(x, y, dark);
            // The copy: row 8 under the top-right finder, then column 8 beside the
            // bottom-left one.
            let (x, y) = if i < 8 { (w - 1 - i, 8) } else { (8, w - 15 + i) };
            self.set(x, y, dark);
        }
        self.set(8, w - 8, true);
    }

    /// Places the codewords, most significant bit first, in two-module-wide columns
    /// zig-zagging up and down from the bottom-right corner, skipping function modules and
    /// the vertical timing column. Modules left over (the remainder bits) stay light.
    fn place(&mut self, codewords: &[u8]) {
        let w = self.width;
        let mut bit = 0;
        let mut right = w - 1;
        let mut upward = true;
        loop {
            if right == 6 {
                right = 5;
            }
            for k in 0..w {
                let y = if upward { w - 1 - k } else { k };
                for x in [right, right - 1] {
                    let Some(m) = self.modules.get_mut(y * w + x) else { continue };
                    if *m & FUNCTION == 0 {
                        let byte = codewords.get(bit / 8).copied().unwrap_or(0);
                        *m = (byte >> (7 - bit % 8)) & 1;
                        bit += 1;
                    }
                }
            }
            upward = !upward;
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    /// Inverts the data modules where data mask pattern `mask` (0–7) asks. Applying the
    /// same mask twice restores the symbol, which lets all eight be tried in place.
    fn toggle_mask(&mut self, mask: u8) {
        let w = self.width;
        for (i, m) in self.modules.iter_mut().enumerate() {
            let (x, y) = (i % w, i / w);
            let invert = match mask {
                0 => (x + y) % 2 == 0,
                1 => y % 2 == 0,
                2 => x % 3 == 0,
                3 => (x + y) % 3 == 0,
                4 => (y / 2 + x / 3) % 2 == 0,
                5 => (x * y) % 2 + (x * y) % 3 == 0,
                6 => ((x * y) % 2 + (x * y) % 3) % 2 == 0,
                _ => ((x + y) % 2 + (x * y) % 3) % 2 == 0,
            };
            if invert && *m & FUNCTION == 0 {
                *m ^= DARK;
            }
        }
    }

    /// The mask penalty score (ISO/IEC 18004 §7.8.3): lower means fewer features that
    /// confuse readers. All four rules look at the whole symbol, function patterns
    /// included, as the standard says.
    fn penalty(&self) -> u32 {
        const FINDER: [bool; 7] = [true, false, true, true, true, false, true];
        let w = self.width;
        let mut score = 0;
        // Each row and column in turn, copied out so the scans below are plain slices.
        let mut buf = [false; 177];
        for line in 0..w {
            for horizontal in [true, false] {
                for (i, d) in buf.iter_mut().take(w).enumerate() {
                    *d = if horizontal { self.is_dark(i, line) } else { self.is_dark(line, i) };
                }
                let modules = &buf[..w];
                // N1: each run of five or more same-coloured modules in a row or column
                // scores 3, plus 1 for each module beyond five.
                let mut run = 1;
                for pair in modules.windows(2) {
                    run = if pair[0] == pair[1] { run + 1 } else { 1 };
                    score += match run {
                        5 => 3,
                        6.. => 1,
                        _ => 0,
                    };
                }
                // N3: 1:1:3:1:1 (dark-light-dark-dark-dark-light-dark) preceded or
                // followed by four light modules scores 40; beyond the edge counts as
                // light, like the quiet zone there. (This also counts the finder patterns
                // themselves, the same for every mask, so it does not change the choice.)
                for (i, window) in modules.windows(7).enumerate() {
                    if window == FINDER {
                        let light = |from: usize, to: usize| modules[from..to.min(w)].iter().all(|&d| !d);
                        if light(i.saturating_sub(4), i) || light(i + 7, i + 11) {
                            score += 40;
                        }
                    }
                }
            }
        }
        // N2: each 2×2 block of one colour scores 3 (blocks may overlap, so an m×n area
        // scores 3·(m-1)·(n-1) as the standard has it).
        let rows = self.modules.chunks_exact(w);
        for (upper, lower) in rows.clone().zip(rows.skip(1)) {
            for (a, b) in upper.windows(2).zip(lower.windows(2)) {
                let d = a[0] & DARK;
                if a[1] & DARK == d && b[0] & DARK == d && b[1] & DARK == d {
                    score += 3;
                }
            }
        }
        // N4: the dark share's distance from 50 %, 2 points per percent, in integers
        // |⌊200·dark/total⌋ − 100|: the standard's 10 points per 5 % without its rounding
        // down to whole 5 % steps, as the widely used `qrcode` crate (our test oracle)
        // scores it. Any mask makes a valid symbol; this only settles near-ties.
        let dark = self.modules.iter().filter(|m| *m & DARK != 0).count();
        let share = dark * 200 / self.modules.len().max(1);
        score + share.abs_diff(100) as u32
    }
}

/// Encodes `data` in byte mode at error-correction level M in the smallest version that
/// holds it, with the mask of lowest penalty (the lowest-numbered one on ties). `None` if
/// it does not fit version 40 (2331 bytes).
pub fn encode(data: &[u8]) -> Option<Matrix> {
    let bits = |version: usize| 4 + count_bits(version) + data.len().saturating_mul(8);
    let version = (1..=40).find(|&v| bits(v) <= 8 * data_codewords(v))?;
    let mut m = Matrix::new(version);
    m.place(&codewords(data, version));
    let mut best = (u32::MAX, 0);
    for mask in 0..8 {
        m.toggle_mask(mask);
        m.draw_format(mask);
        best = best.min((m.penalty(), mask));
        m.toggle_mask(mask);
    }
    m.toggle_mask(best.1);
    m.draw_format(best.1);
    Some(m)
}

/// Width of the byte-mode character count: 8 bits up to version 9, 16 above.
fn count_bits(version: usize) -> usize {
    if version <= 9 {
        8
    } else {
        16
    }
}

/// All codewords a symbol of `version` holds: its data modules, i.e. everything but the
/// function patterns, divided into bytes (the 0–7 modules left over are remainder bits).
fn total_codewords(version: usize) -> usize {
    let side = 4 * version + 17;
    // Finders with separators (3 × 8×8), format information and the dark module (31),
    // and the timing patterns between the separators.
    let mut function = 3 * 64 + 31 + 2 * (side - 16);
    if version >= 2 {
        // n×n alignment patterns less the three under finders, 25 modules each, less the
        // 5 modules each of those on row or column 6 shares with a timing pattern.
        let n = version / 7 + 2;
        function += 25 * (n * n - 3) - 10 * (n - 2);
    }
    if version >= 7 {
        function += 2 * 18;
    }
    (side * side - function) / 8
}

/// Data codewords at level M: the total less the error-correction codewords.
fn data_codewords(version: usize) -> usize {
    let i = version - 1;
    total_codewords(version) - usize::from(EC_PER_BLOCK[i]) * usize::from(BLOCKS[i])
}

/// Centre coordinates of the alignment patterns (Annex E), and how many: `version / 7 + 2`
/// of them from 6 to `width - 7`, evenly spaced from the far end by the smallest even step
/// that gets there, the first gap taking what is left — except in version 32, whose
/// table entry uses step 26 instead of 28.
fn alignment_centres(version: usize) -> ([usize; 7], usize) {
    let mut centres = [6; 7];
    if version < 2 {
        return (centres, 0);
    }
    let n = version / 7 + 2;
    let last = 4 * version + 10;
    let gaps = n - 1;
    let step = if version == 32 { 26 } else { (last - 6).div_ceil(2 * gaps) * 2 };
    for (k, c) in centres[1..n].iter_mut().enumerate() {
        *c = last - (gaps - 1 - k) * step;
    }
    (centres, n)
}

/// The bit stream (mode, count, data, terminator, padding) cut into blocks, each block
/// followed by its Reed–Solomon codewords, interleaved for placement: the i-th data
/// codewords of all blocks in turn, then the i-th error-correction codewords, so that a
/// burst of damage is spread over many blocks.
fn codewords(data: &[u8], version: usize) -> Vec<u8> {
    let total = total_codewords(version);
    let data_len = data_codewords(version);
    let ec_len = usize::from(EC_PER_BLOCK[version - 1]);
    let blocks = usize::from(BLOCKS[version - 1]);

    let mut stream = vec![0u8; data_len];
    let mut at = 0;
    let mut push = |value: usize, n: usize| {
        for i in (0..n).rev() {
            if let Some(byte) = stream.get_mut(at / 8) {
                *byte |= ((value >> i & 1) as u8) << (7 - at % 8);
            }
            at += 1;
        }
    };
    push(0b0100, 4); // byte mode
    push(data.len(), count_bits(version));
    for &b in data {
        push(usize::from(b), 8);
    }
    // Up to four zero bits end the data, then zero bits to a byte boundary (already zero),
    // then the pad codewords 11101100 and 00010001 alternately.
    let pad_from = (at + 4).min(8 * data_len).div_ceil(8);
    for (i, byte) in stream.iter_mut().enumerate().skip(pad_from) {
        *byte = if (i - pad_from) % 2 == 0 { 0xEC } else { 0x11 };
    }

    let generator = rs_generator(ec_len);
    let short = blocks - data_len % blocks;
    let short_len = data_len / blocks;
    let mut out = vec![0u8; total];
    let mut start = 0;
    for b in 0..blocks {
        let len = short_len + usize::from(b >= short);
        let block = stream.get(start..start + len).unwrap_or(&[]);
        start += len;
        for (i, &c) in block.iter().enumerate() {
            // The extra codeword of a long block comes after the short blocks have run out.
            let pos = if i < short_len { i * blocks + b } else { short_len * blocks + b - short };
            if let Some(o) = out.get_mut(pos) {
                *o = c;
            }
        }
        let ec = rs_remainder(block, &generator[..ec_len]);
        for (i, &c) in ec[..ec_len].iter().enumerate() {
            if let Some(o) = out.get_mut(data_len + i * blocks + b) {
                *o = c;
            }
        }
    }
    out
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1 (0x11D), the field of QR
/// Reed–Solomon codes, by shifts and adds: no log tables to download.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 != 0 {
            product ^= a;
        }
        a = (a << 1) ^ if a & 0x80 != 0 { 0x1D } else { 0 };
        b >>= 1;
    }
    product
}

/// The Reed–Solomon generator polynomial of degree `n` (≤ 30), (x − α⁰)(x − α¹)…(x − αⁿ⁻¹)
/// with α = 2, as its coefficients from xⁿ⁻¹ down to x⁰ (the leading 1 implied).
fn rs_generator(n: usize) -> [u8; 30] {
    let mut g = [0u8; 30];
    let mut root = 1u8;
    for degree in 0..n.min(30) {
        // Multiply x^degree + g[0]·x^(degree-1) + … by (x + root); − is + in GF(2⁸).
        for j in (0..=degree).rev() {
            let higher = if j == 0 { 1 } else { g[j - 1] };
            g[j] ^= gf_mul(higher, root);
        }
        root = gf_mul(root, 2);
    }
    g
}

/// The error-correction codewords of one block: the remainder of data(x)·xⁿ divided by
/// the generator, computed byte by byte as a shift register.
fn rs_remainder(block: &[u8], generator: &[u8]) -> [u8; 30] {
    let n = generator.len();
    let mut rem = [0u8; 30];
    for &byte in block {
        let factor = byte ^ rem[0];
        rem.copy_within(1..n, 0);
        rem[n - 1] = 0;
        for (r, &g) in rem.iter_mut().zip(generator) {
            *r ^= gf_mul(g, factor);
        }
    }
    rem
}

/// `value` followed by the remainder of `value`·x^k divided by `generator` (of degree k),
/// over GF(2): the BCH codes that protect the format (k = 10) and version (k = 12) bits.
fn bch(value: u32, generator: u32) -> u32 {
    let k = 31 - generator.leading_zeros();
    let mut rem = value << k;
    for i in (k..32).rev() {
        if rem >> i & 1 != 0 {
            rem ^= generator << (i - k);
        }
    }
    value << k | rem
}
