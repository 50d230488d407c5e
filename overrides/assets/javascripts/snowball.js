// Snowball 3.1.1 stemmers for Arabic, English and Persian: generated JavaScript, vendored.
//
// Why vendored: site search reduces words to stems with the SAME code at index time (Node,
// scripts/kb/search_index.js) and in the browser (search.js), so that the two never disagree;
// this classic script loads in both (module.exports in Node, window.kbSnowball in the
// browser). No WebAssembly, no eval (the site's CSP forbids both), nothing fetched from
// another host. Snowball is the maintained stemmer with all three of our languages (Persian
// since 3.1.0); no npm package ships its generated JavaScript, so it is kept here.
// Our own adjustments (folding, Arabic particles, Persian endings) are in search-stem.js,
// not in this file.
//
// How this file was made, so that a newer Snowball can replace it the same way:
//   git checkout v3.1.1 of the Snowball compiler (tag v3.1.1, 2026-06-03; commit cd195b5)
//   make snowball && make js     # writes js_out/{base,arabic,english,persian}-stemmer.js
// then the four files were joined below verbatim, each generated stemmer in a function of its
// own (their tables share names), with two mechanical edits per file so that it is a classic
// script: `import B from './base-stemmer.js'` -> `const B = BaseStemmer`, and
// `export default class extends B` -> `return class <Name>Stemmer extends B`
// (base-stemmer.js: `export default class BaseStemmer` -> `class BaseStemmer`).
// The exports at the end are ours.
//
// Snowball's licence (BSD 3-clause, https://snowballstem.org/license.html):
//
// Copyright (c) 2001, Dr Martin Porter
// Copyright (c) 2004,2005, Richard Boulton
// Copyright (c) 2013, Yoshiki Shibukawa
// Copyright (c) 2006-2025, Olly Betts
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without
// modification, are permitted provided that the following conditions
// are met:
//
//   1. Redistributions of source code must retain the above copyright notice,
//      this list of conditions and the following disclaimer.
//   2. Redistributions in binary form must reproduce the above copyright notice,
//      this list of conditions and the following disclaimer in the documentation
//      and/or other materials provided with the distribution.
//   3. Neither the name of the Snowball project nor the names of its contributors
//      may be used to endorse or promote products derived from this software
//      without specific prior written permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
// ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
// WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
// DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR
// ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES
// (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;
// LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON
// ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
// (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
// SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

;(function (root) {
  "use strict"
// ---- base-stemmer.js ------------------------------------------------------------

class BaseStemmer {
    constructor() {
        /** @protected */
        this.current = '';
        this.c = 0;
        this.limit = 0;
        this.limit_backward = 0;
        this.bra = 0;
        this.ket = 0;
        this.af = 0;
    }

    /**
     * @param {string} value
     */
    setCurrent(value) {
        this.current = value;
        this.c = 0;
        this.limit = this.current.length;
        this.limit_backward = 0;
        this.bra = this.c;
        this.ket = this.limit;
    }

    /**
     * @return {string}
     */
    getCurrent() {
        return this.current;
    }

    /**
     * @param {BaseStemmer} other
     */
    copy_from(other) {
        /** @protected */
        this.current          = other.current;
        this.c                = other.c;
        this.limit            = other.limit;
        this.limit_backward   = other.limit_backward;
        this.bra              = other.bra;
        this.ket              = other.ket;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    in_grouping(s, min, max) {
        /** @protected */
        if (this.c >= this.limit) return false;
        let ch = this.current.charCodeAt(this.c);
        if (ch > max || ch < min) return false;
        ch -= min;
        if ((s[ch >>> 3] & (0x1 << (ch & 0x7))) === 0) return false;
        this.c++;
        return true;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    go_in_grouping(s, min, max) {
        /** @protected */
        while (this.c < this.limit) {
            let ch = this.current.charCodeAt(this.c);
            if (ch > max || ch < min)
                return true;
            ch -= min;
            if ((s[ch >>> 3] & (0x1 << (ch & 0x7))) === 0)
                return true;
            this.c++;
        }
        return false;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    in_grouping_b(s, min, max) {
        /** @protected */
        if (this.c <= this.limit_backward) return false;
        let ch = this.current.charCodeAt(this.c - 1);
        if (ch > max || ch < min) return false;
        ch -= min;
        if ((s[ch >>> 3] & (0x1 << (ch & 0x7))) === 0) return false;
        this.c--;
        return true;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    go_in_grouping_b(s, min, max) {
        /** @protected */
        while (this.c > this.limit_backward) {
            let ch = this.current.charCodeAt(this.c - 1);
            if (ch > max || ch < min) return true;
            ch -= min;
            if ((s[ch >>> 3] & (0x1 << (ch & 0x7))) === 0) return true;
            this.c--;
        }
        return false;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    out_grouping(s, min, max) {
        /** @protected */
        if (this.c >= this.limit) return false;
        let ch = this.current.charCodeAt(this.c);
        if (ch > max || ch < min) {
            this.c++;
            return true;
        }
        ch -= min;
        if ((s[ch >>> 3] & (0X1 << (ch & 0x7))) === 0) {
            this.c++;
            return true;
        }
        return false;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    go_out_grouping(s, min, max) {
        /** @protected */
        while (this.c < this.limit) {
            let ch = this.current.charCodeAt(this.c);
            if (ch <= max && ch >= min) {
                ch -= min;
                if ((s[ch >>> 3] & (0X1 << (ch & 0x7))) !== 0) {
                    return true;
                }
            }
            this.c++;
        }
        return false;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    out_grouping_b(s, min, max) {
        /** @protected */
        if (this.c <= this.limit_backward) return false;
        let ch = this.current.charCodeAt(this.c - 1);
        if (ch > max || ch < min) {
            this.c--;
            return true;
        }
        ch -= min;
        if ((s[ch >>> 3] & (0x1 << (ch & 0x7))) === 0) {
            this.c--;
            return true;
        }
        return false;
    }

    /**
     * @param {Array<number>} s
     * @param {number} min
     * @param {number} max
     * @return {boolean}
     */
    go_out_grouping_b(s, min, max) {
        /** @protected */
        while (this.c > this.limit_backward) {
            let ch = this.current.charCodeAt(this.c - 1);
            if (ch <= max && ch >= min) {
                ch -= min;
                if ((s[ch >>> 3] & (0x1 << (ch & 0x7))) !== 0) {
                    return true;
                }
            }
            this.c--;
        }
        return false;
    }

    /**
     * @param {string} s
     * @return {boolean}
     */
    eq_s(s) {
        /** @protected */
        if (this.limit - this.c < s.length) return false;
        if (!this.current.startsWith(s, this.c)) return false;
        this.c += s.length;
        return true;
    }

    /**
     * @param {string} s
     * @return {boolean}
     */
    eq_s_b(s) {
        /** @protected */
        if (this.c - this.limit_backward < s.length) return false;
        if (!this.current.endsWith(s, this.c)) return false;
        this.c -= s.length;
        return true;
    }

    /**
     * @param {Array<Array<string|number>>} v
     * @param {?function(): boolean} call_among_func
     * @return {number}
     */
    find_among(v, call_among_func) {
        /** @protected */
        let i = 0;
        let j = v.length;

        const c = this.c;
        const l = this.limit;

        let common_i = 0;
        let common_j = 0;

        let first_key_inspected = false;

        while (true) {
            const k = i + ((j - i) >>> 1);
            let diff = 0;
            let common = common_i < common_j ? common_i : common_j; // smaller
            // w[0]: string, w[1]: result, w[2]: substring_i (optional), w[3]: function (optional)
            const w = v[k];
            let i2;
            // @ts-expect-error: w[0] always string.
            for (i2 = common; i2 < w[0].length; i2++) {
                if (c + common === l) {
                    diff = -1;
                    break;
                }
                // @ts-expect-error: w[0] always string.
                diff = this.current.charCodeAt(c + common) - w[0].charCodeAt(i2);
                if (diff !== 0) break;
                common++;
            }
            if (diff < 0) {
                j = k;
                common_j = common;
            } else {
                i = k;
                common_i = common;
            }
            if (j - i <= 1) {
                if (i > 0) break; // v->s has been inspected
                if (j === i) break; // only one item in v

                // - but now we need to go round once more to get
                // v->s inspected. This looks messy, but is actually
                // the optimal approach.

                if (first_key_inspected) break;
                first_key_inspected = true;
            }
        }
        while (true) {
            const w = v[i];
            // @ts-expect-error: w[0] always string.
            if (common_i >= w[0].length) {
                // @ts-expect-error: w[0] always string.
                this.c = c + w[0].length;
                // @ts-expect-error: w[1] always number.
                if (w.length < 4) return w[1];
                // @ts-expect-error: w[3] always number.
                this.af = w[3];
                // @ts-expect-error: call_among_func never null here.
                if (call_among_func.call(this)) {
                    // @ts-expect-error: w[0] always string.
                    this.c = c + w[0].length;
                    // @ts-expect-error: w[3] always number.
                    return w[1];
                }
            }
            // Tests for undefined (if w.length < 2) or 0.
            if (!w[2]) return 0;
            // @ts-expect-error: w[2] always number.
            i -= w[2];
        }
    }

    // find_among_b is for backwards processing. Same comments apply
    /**
     * @param {Array<Array<string|number>>} v
     * @param {?function(): boolean} call_among_func
     */
    find_among_b(v, call_among_func) {
        /** @protected */
        let i = 0;
        let j = v.length

        const c = this.c;
        const lb = this.limit_backward;

        let common_i = 0;
        let common_j = 0;

        let first_key_inspected = false;

        while (true) {
            const k = i + ((j - i) >> 1);
            let diff = 0;
            let common = common_i < common_j ? common_i : common_j;
            const w = v[k];
            let i2;
            // @ts-expect-error: w[0] always string.
            for (i2 = w[0].length - 1 - common; i2 >= 0; i2--) {
                if (c - common === lb) {
                    diff = -1;
                    break;
                }
                // @ts-expect-error: w[0] always string.
                diff = this.current.charCodeAt(c - 1 - common) - w[0].charCodeAt(i2);
                if (diff !== 0) break;
                common++;
            }
            if (diff < 0) {
                j = k;
                common_j = common;
            } else {
                i = k;
                common_i = common;
            }
            if (j - i <= 1) {
                if (i > 0) break;
                if (j === i) break;
                if (first_key_inspected) break;
                first_key_inspected = true;
            }
        }
        while (true) {
            const w = v[i];
            // @ts-expect-error: w[0] always string.
            if (common_i >= w[0].length) {
                // @ts-expect-error: w[0] always string.
                this.c = c - w[0].length;
                if (w.length < 4) return w[1];
                // @ts-expect-error: w[3] always number.
                this.af = w[3];
                // @ts-expect-error: call_among_func never null here.
                if (call_among_func.call(this)) {
                    // @ts-expect-error: w[0] always string.
                    this.c = c - w[0].length;
                    return w[1];
                }
            }
            // Tests for undefined (if w.length < 2) or 0.
            if (!w[2]) return 0;
            // @ts-expect-error: w[2] always number.
            i -= w[2];
        }
    }

    /* to replace chars between c_bra and c_ket in this.current by the
     * chars in s.
     */
    /**
     * @param {number} c_bra
     * @param {number} c_ket
     * @param {string} s
     * @return {number}
     */
    #replace_s(c_bra, c_ket, s) {
        const adjustment = s.length - (c_ket - c_bra);
        this.current = this.current.slice(0, c_bra) + s + this.current.slice(c_ket);
        this.limit += adjustment;
        if (this.c >= c_ket) this.c += adjustment;
        else if (this.c > c_bra) this.c = c_bra;
        return adjustment;
    }

    /**
     */
    #slice_check() {
        console.assert(this.bra >= 0);
        console.assert(this.bra <= this.ket);
        console.assert(this.ket <= this.limit);
        console.assert(this.limit <= this.current.length);
    }

    /**
     * @param {string} s
     */
    slice_from(s) {
        /** @protected */
        this.#slice_check();
        this.#replace_s(this.bra, this.ket, s);
        this.ket = this.bra + s.length;
    }

    /**
     */
    slice_del() {
        /** @protected */
        this.slice_from("");
    }

    /**
     * @param {number} c_bra
     * @param {number} c_ket
     * @param {string} s
     */
    insert(c_bra, c_ket, s) {
        /** @protected */
        const adjustment = this.#replace_s(c_bra, c_ket, s);
        if (c_bra <= this.bra) this.bra += adjustment;
        if (c_bra <= this.ket) this.ket += adjustment;
    }

    /**
     * @return {string}
     */
    slice_to() {
        /** @protected */
        this.#slice_check();
        return this.current.slice(this.bra, this.ket);
    }
}

// ---- arabic-stemmer.js ------------------------------------------------------------

const ArabicStemmer = (function () {
// Generated from arabic.sbl by Snowball 3.1.1 - https://snowballstem.org/

// deno-lint-ignore-file ban-unused-ignore no-constant-condition no-empty prefer-const

const a_0 = [
    ["\u0640", 1],
    ["\u064B", 1],
    ["\u064C", 1],
    ["\u064D", 1],
    ["\u064E", 1],
    ["\u064F", 1],
    ["\u0650", 1],
    ["\u0651", 1],
    ["\u0652", 1],
    ["\u0660", 2],
    ["\u0661", 3],
    ["\u0662", 4],
    ["\u0663", 5],
    ["\u0664", 6],
    ["\u0665", 7],
    ["\u0666", 8],
    ["\u0667", 9],
    ["\u0668", 10],
    ["\u0669", 11],
    ["\uFE80", 12],
    ["\uFE81", 16],
    ["\uFE82", 16],
    ["\uFE83", 13],
    ["\uFE84", 13],
    ["\uFE85", 17],
    ["\uFE86", 17],
    ["\uFE87", 14],
    ["\uFE88", 14],
    ["\uFE89", 15],
    ["\uFE8A", 15],
    ["\uFE8B", 15],
    ["\uFE8C", 15],
    ["\uFE8D", 18],
    ["\uFE8E", 18],
    ["\uFE8F", 19],
    ["\uFE90", 19],
    ["\uFE91", 19],
    ["\uFE92", 19],
    ["\uFE93", 20],
    ["\uFE94", 20],
    ["\uFE95", 21],
    ["\uFE96", 21],
    ["\uFE97", 21],
    ["\uFE98", 21],
    ["\uFE99", 22],
    ["\uFE9A", 22],
    ["\uFE9B", 22],
    ["\uFE9C", 22],
    ["\uFE9D", 23],
    ["\uFE9E", 23],
    ["\uFE9F", 23],
    ["\uFEA0", 23],
    ["\uFEA1", 24],
    ["\uFEA2", 24],
    ["\uFEA3", 24],
    ["\uFEA4", 24],
    ["\uFEA5", 25],
    ["\uFEA6", 25],
    ["\uFEA7", 25],
    ["\uFEA8", 25],
    ["\uFEA9", 26],
    ["\uFEAA", 26],
    ["\uFEAB", 27],
    ["\uFEAC", 27],
    ["\uFEAD", 28],
    ["\uFEAE", 28],
    ["\uFEAF", 29],
    ["\uFEB0", 29],
    ["\uFEB1", 30],
    ["\uFEB2", 30],
    ["\uFEB3", 30],
    ["\uFEB4", 30],
    ["\uFEB5", 31],
    ["\uFEB6", 31],
    ["\uFEB7", 31],
    ["\uFEB8", 31],
    ["\uFEB9", 32],
    ["\uFEBA", 32],
    ["\uFEBB", 32],
    ["\uFEBC", 32],
    ["\uFEBD", 33],
    ["\uFEBE", 33],
    ["\uFEBF", 33],
    ["\uFEC0", 33],
    ["\uFEC1", 34],
    ["\uFEC2", 34],
    ["\uFEC3", 34],
    ["\uFEC4", 34],
    ["\uFEC5", 35],
    ["\uFEC6", 35],
    ["\uFEC7", 35],
    ["\uFEC8", 35],
    ["\uFEC9", 36],
    ["\uFECA", 36],
    ["\uFECB", 36],
    ["\uFECC", 36],
    ["\uFECD", 37],
    ["\uFECE", 37],
    ["\uFECF", 37],
    ["\uFED0", 37],
    ["\uFED1", 38],
    ["\uFED2", 38],
    ["\uFED3", 38],
    ["\uFED4", 38],
    ["\uFED5", 39],
    ["\uFED6", 39],
    ["\uFED7", 39],
    ["\uFED8", 39],
    ["\uFED9", 40],
    ["\uFEDA", 40],
    ["\uFEDB", 40],
    ["\uFEDC", 40],
    ["\uFEDD", 41],
    ["\uFEDE", 41],
    ["\uFEDF", 41],
    ["\uFEE0", 41],
    ["\uFEE1", 42],
    ["\uFEE2", 42],
    ["\uFEE3", 42],
    ["\uFEE4", 42],
    ["\uFEE5", 43],
    ["\uFEE6", 43],
    ["\uFEE7", 43],
    ["\uFEE8", 43],
    ["\uFEE9", 44],
    ["\uFEEA", 44],
    ["\uFEEB", 44],
    ["\uFEEC", 44],
    ["\uFEED", 45],
    ["\uFEEE", 45],
    ["\uFEEF", 46],
    ["\uFEF0", 46],
    ["\uFEF1", 47],
    ["\uFEF2", 47],
    ["\uFEF3", 47],
    ["\uFEF4", 47],
    ["\uFEF5", 51],
    ["\uFEF6", 51],
    ["\uFEF7", 49],
    ["\uFEF8", 49],
    ["\uFEF9", 50],
    ["\uFEFA", 50],
    ["\uFEFB", 48],
    ["\uFEFC", 48]
];

const /** Array<string> */ as_0 = ["", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "\u0621", "\u0623", "\u0625", "\u0626", "\u0622", "\u0624", "\u0627", "\u0628", "\u0629", "\u062A", "\u062B", "\u062C", "\u062D", "\u062E", "\u062F", "\u0630", "\u0631", "\u0632", "\u0633", "\u0634", "\u0635", "\u0636", "\u0637", "\u0638", "\u0639", "\u063A", "\u0641", "\u0642", "\u0643", "\u0644", "\u0645", "\u0646", "\u0647", "\u0648", "\u0649", "\u064A", "\u0644\u0627", "\u0644\u0623", "\u0644\u0625", "\u0644\u0622"];

const a_1 = [
    ["\u0622", 1],
    ["\u0623", 1],
    ["\u0624", 1],
    ["\u0625", 1],
    ["\u0626", 1]
];

const a_2 = [
    ["\u0622", 1],
    ["\u0623", 1],
    ["\u0624", 2],
    ["\u0625", 1],
    ["\u0626", 3]
];

const /** Array<string> */ as_2 = ["\u0627", "\u0648", "\u064A"];

const a_3 = [
    ["\u0627\u0644", 2],
    ["\u0628\u0627\u0644", 1],
    ["\u0643\u0627\u0644", 1],
    ["\u0644\u0644", 2]
];

const a_4 = [
    ["\u0623\u0622", 2],
    ["\u0623\u0623", 1],
    ["\u0623\u0624", 1],
    ["\u0623\u0625", 4],
    ["\u0623\u0627", 3]
];

const a_5 = [
    ["\u0641", 1],
    ["\u0648", 1]
];

const a_6 = [
    ["\u0627\u0644", 2],
    ["\u0628\u0627\u0644", 1],
    ["\u0643\u0627\u0644", 1],
    ["\u0644\u0644", 2]
];

const a_7 = [
    ["\u0628", 1],
    ["\u0628\u0627", -1, 1],
    ["\u0628\u0628", 2, 2],
    ["\u0643\u0643", 3]
];

const a_8 = [
    ["\u0633\u0623", 4],
    ["\u0633\u062A", 2],
    ["\u0633\u0646", 3],
    ["\u0633\u064A", 1]
];

const a_9 = [
    ["\u062A\u0633\u062A", 1],
    ["\u0646\u0633\u062A", 1],
    ["\u064A\u0633\u062A", 1]
];

const a_10 = [
    ["\u0643\u0645\u0627", 3],
    ["\u0647\u0645\u0627", 3],
    ["\u0646\u0627", 2],
    ["\u0647\u0627", 2],
    ["\u0643", 1],
    ["\u0643\u0645", 2],
    ["\u0647\u0645", 2],
    ["\u0647\u0646", 2],
    ["\u0647", 1],
    ["\u064A", 1]
];

const a_11 = [
    ["\u0627", 1],
    ["\u0648", 1],
    ["\u064A", 1]
];

const a_12 = [
    ["\u0643\u0645\u0627", 3],
    ["\u0647\u0645\u0627", 3],
    ["\u0646\u0627", 2],
    ["\u0647\u0627", 2],
    ["\u0643", 1],
    ["\u0643\u0645", 2],
    ["\u0647\u0645", 2],
    ["\u0643\u0646", 2],
    ["\u0647\u0646", 2],
    ["\u0647", 1],
    ["\u0643\u0645\u0648", 3],
    ["\u0646\u064A", 2]
];

const a_13 = [
    ["\u0627", 1],
    ["\u062A\u0627", 2, 1],
    ["\u062A\u0645\u0627", 4, 2],
    ["\u0646\u0627", 2, 3],
    ["\u062A", 1],
    ["\u0646", 1],
    ["\u0627\u0646", 3, 1],
    ["\u062A\u0646", 2, 2],
    ["\u0648\u0646", 3, 3],
    ["\u064A\u0646", 3, 4],
    ["\u064A", 1]
];

const a_14 = [
    ["\u0648\u0627", 1],
    ["\u062A\u0645", 1]
];

const a_15 = [
    ["\u0648", 1],
    ["\u062A\u0645\u0648", 2, 1]
];

const B = BaseStemmer

return class ArabicStemmer extends B {

    #B_is_defined/** boolean */ = false;
    #B_is_verb/** boolean */ = false;
    #B_is_noun/** boolean */ = false;


    /** @return {boolean} */
    #r_Normalize_pre() {
        let /** number */ a;
        const /** number */ v_1 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            while (true) {
                const /** number */ v_2 = this.c;
                // deno-lint-ignore no-unused-labels
                lab1: {
                    // deno-lint-ignore no-unused-labels
                    lab2: {
                        const /** number */ v_3 = this.c;
                        // deno-lint-ignore no-unused-labels
                        lab3: {
                            this.bra = this.c;
                            a = this.find_among(a_0);
                            if (a === 0) break lab3;
                            this.ket = this.c;
                            this.slice_from(as_0[a - 1]);
                            break lab2;
                        }
                        this.c = v_3;
                        if (this.c >= this.limit) break lab1;
                        this.c++;
                    }
                    continue;
                }
                this.c = v_2;
                break;
            }
        }
        this.c = v_1;
        return true;
    }

    /** @return {boolean} */
    #r_Normalize_post() {
        let /** number */ a;
        const /** number */ v_1 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            this.limit_backward = this.c; this.c = this.limit;
            this.ket = this.c;
            if (this.find_among_b(a_1) === 0) break lab0;
            this.bra = this.c;
            this.slice_from("\u0621");
            this.c = this.limit_backward;
        }
        this.c = v_1;
        const /** number */ v_2 = this.c;
        // deno-lint-ignore no-unused-labels
        lab1: {
            while (true) {
                const /** number */ v_3 = this.c;
                // deno-lint-ignore no-unused-labels
                lab2: {
                    // deno-lint-ignore no-unused-labels
                    lab3: {
                        const /** number */ v_4 = this.c;
                        // deno-lint-ignore no-unused-labels
                        lab4: {
                            this.bra = this.c;
                            a = this.find_among(a_2);
                            if (a === 0) break lab4;
                            this.ket = this.c;
                            this.slice_from(as_2[a - 1]);
                            break lab3;
                        }
                        this.c = v_4;
                        if (this.c >= this.limit) break lab2;
                        this.c++;
                    }
                    continue;
                }
                this.c = v_3;
                break;
            }
        }
        this.c = v_2;
        return true;
    }

    /** @return {boolean} */
    #r_Checks1() {
        let /** number */ a;
        this.bra = this.c;
        a = this.find_among(a_3);
        if (a === 0) return false;
        this.ket = this.c;
        switch (a) {
            case 1: {
                if (this.current.length <= 4) return false;
                this.#B_is_noun = true;
                this.#B_is_verb = false;
                this.#B_is_defined = true;
                break;
            }
            case 2: {
                if (this.current.length <= 3) return false;
                this.#B_is_noun = true;
                this.#B_is_verb = false;
                this.#B_is_defined = true;
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Prefix_Step1() {
        let /** number */ a;
        this.bra = this.c;
        a = this.find_among(a_4);
        if (a === 0) return false;
        this.ket = this.c;
        switch (a) {
            case 1: {
                if (this.current.length <= 3) return false;
                this.slice_from("\u0623");
                break;
            }
            case 2: {
                if (this.current.length <= 3) return false;
                this.slice_from("\u0622");
                break;
            }
            case 3: {
                if (this.current.length <= 3) return false;
                this.slice_from("\u0627");
                break;
            }
            case 4: {
                if (this.current.length <= 3) return false;
                this.slice_from("\u0625");
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Prefix_Step2() {
        this.bra = this.c;
        if (this.find_among(a_5) === 0) return false;
        this.ket = this.c;
        if (this.current.length <= 3) return false;
        // deno-lint-ignore no-unused-labels
        lab0: {
            if (!(this.eq_s("\u0627"))) break lab0;
            return false;
        }
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Prefix_Step3a_Noun() {
        let /** number */ a;
        this.bra = this.c;
        a = this.find_among(a_6);
        if (a === 0) return false;
        this.ket = this.c;
        switch (a) {
            case 1: {
                if (this.current.length <= 5) return false;
                this.slice_del();
                break;
            }
            case 2: {
                if (this.current.length <= 4) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Prefix_Step3b_Noun() {
        let /** number */ a;
        this.bra = this.c;
        a = this.find_among(a_7);
        if (a === 0) return false;
        this.ket = this.c;
        switch (a) {
            case 1: {
                if (this.current.length <= 3) return false;
                this.slice_del();
                break;
            }
            case 2: {
                if (this.current.length <= 3) return false;
                this.slice_from("\u0628");
                break;
            }
            case 3: {
                if (this.current.length <= 3) return false;
                this.slice_from("\u0643");
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Prefix_Step3_Verb() {
        let /** number */ a;
        this.bra = this.c;
        a = this.find_among(a_8);
        if (a === 0) return false;
        this.ket = this.c;
        switch (a) {
            case 1: {
                if (this.current.length <= 4) return false;
                this.slice_from("\u064A");
                break;
            }
            case 2: {
                if (this.current.length <= 4) return false;
                this.slice_from("\u062A");
                break;
            }
            case 3: {
                if (this.current.length <= 4) return false;
                this.slice_from("\u0646");
                break;
            }
            case 4: {
                if (this.current.length <= 4) return false;
                this.slice_from("\u0623");
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Prefix_Step4_Verb() {
        this.bra = this.c;
        if (this.find_among(a_9) === 0) return false;
        this.ket = this.c;
        if (this.current.length <= 4) return false;
        this.#B_is_verb = true;
        this.#B_is_noun = false;
        this.slice_from("\u0627\u0633\u062A");
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Noun_Step1a() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_10);
        if (a === 0) return false;
        this.bra = this.c;
        switch (a) {
            case 1: {
                if (this.current.length < 4) return false;
                this.slice_del();
                break;
            }
            case 2: {
                if (this.current.length < 5) return false;
                this.slice_del();
                break;
            }
            case 3: {
                if (this.current.length < 6) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Noun_Step1b() {
        this.ket = this.c;
        if (!(this.eq_s_b("\u0646"))) return false;
        this.bra = this.c;
        if (this.current.length <= 5) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Noun_Step2a() {
        this.ket = this.c;
        if (this.find_among_b(a_11) === 0) return false;
        this.bra = this.c;
        if (this.current.length <= 4) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Noun_Step2b() {
        this.ket = this.c;
        if (!(this.eq_s_b("\u0627\u062A"))) return false;
        this.bra = this.c;
        if (this.current.length < 5) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Noun_Step2c1() {
        this.ket = this.c;
        if (!(this.eq_s_b("\u062A"))) return false;
        this.bra = this.c;
        if (this.current.length < 4) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Noun_Step2c2() {
        this.ket = this.c;
        if (!(this.eq_s_b("\u0629"))) return false;
        this.bra = this.c;
        if (this.current.length < 4) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Noun_Step3() {
        this.ket = this.c;
        if (!(this.eq_s_b("\u064A"))) return false;
        this.bra = this.c;
        if (this.current.length < 3) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Verb_Step1() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_12);
        if (a === 0) return false;
        this.bra = this.c;
        switch (a) {
            case 1: {
                if (this.current.length < 4) return false;
                this.slice_del();
                break;
            }
            case 2: {
                if (this.current.length < 5) return false;
                this.slice_del();
                break;
            }
            case 3: {
                if (this.current.length < 6) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Verb_Step2a() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_13);
        if (a === 0) return false;
        this.bra = this.c;
        switch (a) {
            case 1: {
                if (this.current.length < 4) return false;
                this.slice_del();
                break;
            }
            case 2: {
                if (this.current.length < 5) return false;
                this.slice_del();
                break;
            }
            case 3: {
                if (this.current.length <= 5) return false;
                this.slice_del();
                break;
            }
            case 4: {
                if (this.current.length < 6) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Verb_Step2b() {
        this.ket = this.c;
        if (this.find_among_b(a_14) === 0) return false;
        this.bra = this.c;
        if (this.current.length < 5) return false;
        this.slice_del();
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_Verb_Step2c() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_15);
        if (a === 0) return false;
        this.bra = this.c;
        switch (a) {
            case 1: {
                if (this.current.length < 4) return false;
                this.slice_del();
                break;
            }
            case 2: {
                if (this.current.length < 6) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Suffix_All_alef_maqsura() {
        this.ket = this.c;
        if (!(this.eq_s_b("\u0649"))) return false;
        this.bra = this.c;
        this.slice_from("\u064A");
        return true;
    }

    /** @return {boolean} */
    #stem() {
        this.#B_is_noun = true;
        this.#B_is_verb = true;
        this.#B_is_defined = false;
        const /** number */ v_1 = this.c;
        this.#r_Checks1();
        this.c = v_1;
        this.#r_Normalize_pre();
        this.limit_backward = this.c; this.c = this.limit;
        const /** number */ v_2 = this.limit - this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            // deno-lint-ignore no-unused-labels
            lab1: {
                const /** number */ v_3 = this.limit - this.c;
                // deno-lint-ignore no-unused-labels
                lab2: {
                    if (!this.#B_is_verb) break lab2;
                    // deno-lint-ignore no-unused-labels
                    lab3: {
                        const /** number */ v_4 = this.limit - this.c;
                        // deno-lint-ignore no-unused-labels
                        lab4: {
                            {
                                let v_5 = 1;
                                while (true) {
                                    const /** number */ v_6 = this.limit - this.c;
                                    // deno-lint-ignore no-unused-labels
                                    lab5: {
                                        if (!this.#r_Suffix_Verb_Step1()) break lab5;
                                        v_5--;
                                        continue;
                                    }
                                    this.c = this.limit - v_6;
                                    break;
                                }
                                if (v_5 > 0) break lab4;
                            }
                            // deno-lint-ignore no-unused-labels
                            lab6: {
                                const /** number */ v_7 = this.limit - this.c;
                                // deno-lint-ignore no-unused-labels
                                lab7: {
                                    if (!this.#r_Suffix_Verb_Step2a()) break lab7;
                                    break lab6;
                                }
                                this.c = this.limit - v_7;
                                // deno-lint-ignore no-unused-labels
                                lab8: {
                                    if (!this.#r_Suffix_Verb_Step2c()) break lab8;
                                    break lab6;
                                }
                                this.c = this.limit - v_7;
                                if (this.c <= this.limit_backward) break lab4;
                                this.c--;
                            }
                            break lab3;
                        }
                        this.c = this.limit - v_4;
                        // deno-lint-ignore no-unused-labels
                        lab9: {
                            if (!this.#r_Suffix_Verb_Step2b()) break lab9;
                            break lab3;
                        }
                        this.c = this.limit - v_4;
                        if (!this.#r_Suffix_Verb_Step2a()) break lab2;
                    }
                    break lab1;
                }
                this.c = this.limit - v_3;
                // deno-lint-ignore no-unused-labels
                lab10: {
                    if (!this.#B_is_noun) break lab10;
                    const /** number */ v_8 = this.limit - this.c;
                    // deno-lint-ignore no-unused-labels
                    lab11: {
                        // deno-lint-ignore no-unused-labels
                        lab12: {
                            const /** number */ v_9 = this.limit - this.c;
                            // deno-lint-ignore no-unused-labels
                            lab13: {
                                if (!this.#r_Suffix_Noun_Step2c2()) break lab13;
                                break lab12;
                            }
                            this.c = this.limit - v_9;
                            // deno-lint-ignore no-unused-labels
                            lab14: {
                                if (this.#B_is_defined) break lab14;
                                if (!this.#r_Suffix_Noun_Step1a()) break lab14;
                                // deno-lint-ignore no-unused-labels
                                lab15: {
                                    const /** number */ v_10 = this.limit - this.c;
                                    // deno-lint-ignore no-unused-labels
                                    lab16: {
                                        if (!this.#r_Suffix_Noun_Step2a()) break lab16;
                                        break lab15;
                                    }
                                    this.c = this.limit - v_10;
                                    // deno-lint-ignore no-unused-labels
                                    lab17: {
                                        if (!this.#r_Suffix_Noun_Step2b()) break lab17;
                                        break lab15;
                                    }
                                    this.c = this.limit - v_10;
                                    // deno-lint-ignore no-unused-labels
                                    lab18: {
                                        if (!this.#r_Suffix_Noun_Step2c1()) break lab18;
                                        break lab15;
                                    }
                                    this.c = this.limit - v_10;
                                    if (this.c <= this.limit_backward) break lab14;
                                    this.c--;
                                }
                                break lab12;
                            }
                            this.c = this.limit - v_9;
                            // deno-lint-ignore no-unused-labels
                            lab19: {
                                if (!this.#r_Suffix_Noun_Step1b()) break lab19;
                                // deno-lint-ignore no-unused-labels
                                lab20: {
                                    const /** number */ v_11 = this.limit - this.c;
                                    // deno-lint-ignore no-unused-labels
                                    lab21: {
                                        if (!this.#r_Suffix_Noun_Step2a()) break lab21;
                                        break lab20;
                                    }
                                    this.c = this.limit - v_11;
                                    // deno-lint-ignore no-unused-labels
                                    lab22: {
                                        if (!this.#r_Suffix_Noun_Step2b()) break lab22;
                                        break lab20;
                                    }
                                    this.c = this.limit - v_11;
                                    if (!this.#r_Suffix_Noun_Step2c1()) break lab19;
                                }
                                break lab12;
                            }
                            this.c = this.limit - v_9;
                            // deno-lint-ignore no-unused-labels
                            lab23: {
                                if (this.#B_is_defined) break lab23;
                                if (!this.#r_Suffix_Noun_Step2a()) break lab23;
                                break lab12;
                            }
                            this.c = this.limit - v_9;
                            if (!this.#r_Suffix_Noun_Step2b()) {
                                this.c = this.limit - v_8;
                                break lab11;
                            }
                        }
                    }
                    if (!this.#r_Suffix_Noun_Step3()) break lab10;
                    break lab1;
                }
                this.c = this.limit - v_3;
                if (!this.#r_Suffix_All_alef_maqsura()) break lab0;
            }
        }
        this.c = this.limit - v_2;
        this.c = this.limit_backward;
        const /** number */ v_12 = this.c;
        // deno-lint-ignore no-unused-labels
        lab24: {
            const /** number */ v_13 = this.c;
            // deno-lint-ignore no-unused-labels
            lab25: {
                if (!this.#r_Prefix_Step1()) {
                    this.c = v_13;
                    break lab25;
                }
            }
            const /** number */ v_14 = this.c;
            // deno-lint-ignore no-unused-labels
            lab26: {
                if (!this.#r_Prefix_Step2()) {
                    this.c = v_14;
                    break lab26;
                }
            }
            // deno-lint-ignore no-unused-labels
            lab27: {
                const /** number */ v_15 = this.c;
                // deno-lint-ignore no-unused-labels
                lab28: {
                    if (!this.#r_Prefix_Step3a_Noun()) break lab28;
                    break lab27;
                }
                this.c = v_15;
                // deno-lint-ignore no-unused-labels
                lab29: {
                    if (!this.#B_is_noun) break lab29;
                    if (!this.#r_Prefix_Step3b_Noun()) break lab29;
                    break lab27;
                }
                this.c = v_15;
                if (!this.#B_is_verb) break lab24;
                const /** number */ v_16 = this.c;
                // deno-lint-ignore no-unused-labels
                lab30: {
                    if (!this.#r_Prefix_Step3_Verb()) {
                        this.c = v_16;
                        break lab30;
                    }
                }
                if (!this.#r_Prefix_Step4_Verb()) break lab24;
            }
        }
        this.c = v_12;
        this.#r_Normalize_post();
        return true;
    }

    /**@return{string}*/
    stem(/**string*/input) {
        this.setCurrent(input);
        this.#stem();
        return this.getCurrent();
    }

    stemWord = this.stem;
}
})()

// ---- english-stemmer.js ------------------------------------------------------------

const EnglishStemmer = (function () {
// Generated from english.sbl by Snowball 3.1.1 - https://snowballstem.org/

// deno-lint-ignore-file ban-unused-ignore no-constant-condition no-empty prefer-const

const a_0 = [
    ["arsen", -1],
    ["commun", -1],
    ["emerg", -1],
    ["gener", -1],
    ["inter", -1],
    ["later", -1],
    ["organ", -1],
    ["past", -1],
    ["univers", -1]
];

const a_1 = [
    ["'", 1],
    ["'s'", 1, 1],
    ["'s", 1]
];

const a_2 = [
    ["ied", 2],
    ["s", 3],
    ["ies", 2, 1],
    ["sses", 1, 2],
    ["ss", -1, 3],
    ["us", -1, 4]
];

const a_3 = [
    ["succ", 1],
    ["proc", 1],
    ["exc", 1]
];

const a_4 = [
    ["even", 2],
    ["cann", 2],
    ["inn", 2],
    ["earr", 2],
    ["herr", 2],
    ["out", 2],
    ["y", 1]
];

const a_5 = [
    ["", -1],
    ["ed", 2, 1],
    ["eed", 1, 1],
    ["ing", 3, 3],
    ["edly", 2, 4],
    ["eedly", 1, 1],
    ["ingly", 2, 6]
];

const a_6 = [
    ["", 3],
    ["bb", 2, 1],
    ["dd", 2, 2],
    ["ff", 2, 3],
    ["gg", 2, 4],
    ["bl", 1, 5],
    ["mm", 2, 6],
    ["nn", 2, 7],
    ["pp", 2, 8],
    ["rr", 2, 9],
    ["at", 1, 10],
    ["tt", 2, 11],
    ["iz", 1, 12]
];

const a_7 = [
    ["anci", 3],
    ["enci", 2],
    ["ogi", 14],
    ["li", 16],
    ["bli", 12, 1],
    ["abli", 4, 1],
    ["alli", 8, 3],
    ["fulli", 9, 4],
    ["lessli", 15, 5],
    ["ousli", 10, 6],
    ["entli", 5, 7],
    ["aliti", 8],
    ["biliti", 12],
    ["iviti", 11],
    ["tional", 1],
    ["ational", 7, 1],
    ["alism", 8],
    ["ation", 7],
    ["ization", 6, 1],
    ["izer", 6],
    ["ator", 7],
    ["iveness", 11],
    ["fulness", 9],
    ["ousness", 10],
    ["ogist", 13]
];

const a_8 = [
    ["icate", 4],
    ["ative", 6],
    ["alize", 3],
    ["iciti", 4],
    ["ical", 4],
    ["tional", 1],
    ["ational", 2, 1],
    ["ful", 5],
    ["ness", 5]
];

const a_9 = [
    ["ic", 1],
    ["ance", 1],
    ["ence", 1],
    ["able", 1],
    ["ible", 1],
    ["ate", 1],
    ["ive", 1],
    ["ize", 1],
    ["iti", 1],
    ["al", 1],
    ["ism", 1],
    ["ion", 2],
    ["er", 1],
    ["ous", 1],
    ["ant", 1],
    ["ent", 1],
    ["ment", 1, 1],
    ["ement", 1, 1]
];

const a_10 = [
    ["e", 1],
    ["l", 2]
];

const a_11 = [
    ["andes", -1],
    ["atlas", -1],
    ["bias", -1],
    ["cosmos", -1],
    ["early", 6],
    ["gently", 4],
    ["howe", -1],
    ["idly", 3],
    ["news", -1],
    ["only", 7],
    ["singly", 8],
    ["skies", 2],
    ["skis", 1],
    ["sky", -1],
    ["ugly", 5]
];

const /** Array<string> */ as_11 = ["ski", "sky", "idl", "gentl", "ugli", "earli", "onli", "singl"];

const /** Array<number> */ g_aeo = [17, 64];

const /** Array<number> */ g_v = [17, 65, 16, 1];

const /** Array<number> */ g_v_WXY = [1, 17, 65, 208, 1];

const /** Array<number> */ g_valid_LI = [55, 141, 2];

const B = BaseStemmer

return class EnglishStemmer extends B {

    #B_Y_found/** boolean */ = false;
    #I_p2/** number */ = 0;
    #I_p1/** number */ = 0;


    /** @return {boolean} */
    #r_prelude() {
        this.#B_Y_found = false;
        const /** number */ v_1 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            this.bra = this.c;
            if (!(this.eq_s("'"))) break lab0;
            this.ket = this.c;
            this.slice_del();
        }
        this.c = v_1;
        const /** number */ v_2 = this.c;
        // deno-lint-ignore no-unused-labels
        lab1: {
            this.bra = this.c;
            if (!(this.eq_s("y"))) break lab1;
            this.ket = this.c;
            this.slice_from("Y");
            this.#B_Y_found = true;
        }
        this.c = v_2;
        const /** number */ v_3 = this.c;
        // deno-lint-ignore no-unused-labels
        lab2: {
            while (true) {
                const /** number */ v_4 = this.c;
                // deno-lint-ignore no-unused-labels
                lab3: {
                    // deno-lint-ignore no-unused-labels
                    golab4: while (true)
                    {
                        const /** number */ v_5 = this.c;
                        // deno-lint-ignore no-unused-labels
                        lab5: {
                            if (!(this.in_grouping(g_v, 97, 121))) break lab5;
                            this.bra = this.c;
                            if (!(this.eq_s("y"))) break lab5;
                            this.ket = this.c;
                            this.c = v_5;
                            break golab4;
                        }
                        this.c = v_5;
                        if (this.c >= this.limit) break lab3;
                        this.c++;
                    }
                    this.slice_from("Y");
                    this.#B_Y_found = true;
                    continue;
                }
                this.c = v_4;
                break;
            }
        }
        this.c = v_3;
        return true;
    }

    /** @return {boolean} */
    #r_mark_regions() {
        this.#I_p1 = this.limit;
        this.#I_p2 = this.limit;
        const /** number */ v_1 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            // deno-lint-ignore no-unused-labels
            lab1: {
                const /** number */ v_2 = this.c;
                // deno-lint-ignore no-unused-labels
                lab2: {
                    if (this.find_among(a_0) === 0) break lab2;
                    break lab1;
                }
                this.c = v_2;
                if (!this.go_out_grouping(g_v, 97, 121)) break lab0;
                this.c++;
                if (!this.go_in_grouping(g_v, 97, 121)) break lab0;
                this.c++;
            }
            this.#I_p1 = this.c;
            if (!this.go_out_grouping(g_v, 97, 121)) break lab0;
            this.c++;
            if (!this.go_in_grouping(g_v, 97, 121)) break lab0;
            this.c++;
            this.#I_p2 = this.c;
        }
        this.c = v_1;
        return true;
    }

    /** @return {boolean} */
    #r_shortv() {
        // deno-lint-ignore no-unused-labels
        lab0: {
            const /** number */ v_1 = this.limit - this.c;
            // deno-lint-ignore no-unused-labels
            lab1: {
                if (!(this.out_grouping_b(g_v_WXY, 89, 121))) break lab1;
                if (!(this.in_grouping_b(g_v, 97, 121))) break lab1;
                if (!(this.out_grouping_b(g_v, 97, 121))) break lab1;
                break lab0;
            }
            this.c = this.limit - v_1;
            // deno-lint-ignore no-unused-labels
            lab2: {
                if (!(this.out_grouping_b(g_v, 97, 121))) break lab2;
                if (!(this.in_grouping_b(g_v, 97, 121))) break lab2;
                if (this.c > this.limit_backward) break lab2;
                break lab0;
            }
            this.c = this.limit - v_1;
            if (!(this.eq_s_b("past"))) return false;
        }
        return true;
    }

    /** @return {boolean} */
    #r_R1() {
        return this.#I_p1 <= this.c;
    }

    /** @return {boolean} */
    #r_R2() {
        return this.#I_p2 <= this.c;
    }

    /** @return {boolean} */
    #r_Step_1a() {
        let /** number */ a;
        const /** number */ v_1 = this.limit - this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            this.ket = this.c;
            if (this.find_among_b(a_1) === 0) {
                this.c = this.limit - v_1;
                break lab0;
            }
            this.bra = this.c;
            this.slice_del();
        }
        this.ket = this.c;
        a = this.find_among_b(a_2);
        if (a === 0) return false;
        this.bra = this.c;
        switch (a) {
            case 1: {
                this.slice_from("ss");
                break;
            }
            case 2: {
                // deno-lint-ignore no-unused-labels
                lab1: {
                    const /** number */ v_2 = this.limit - this.c;
                    // deno-lint-ignore no-unused-labels
                    lab2: {
                        if (this.c - 2 < this.limit_backward) break lab2;
                        this.c -= 2;
                        this.slice_from("i");
                        break lab1;
                    }
                    this.c = this.limit - v_2;
                    this.slice_from("ie");
                }
                break;
            }
            case 3: {
                if (this.c <= this.limit_backward) return false;
                this.c--;
                if (!this.go_out_grouping_b(g_v, 97, 121)) return false;
                this.c--;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Step_1b() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_5);
        this.bra = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            const /** number */ v_1 = this.limit - this.c;
            // deno-lint-ignore no-unused-labels
            lab1: {
                switch (a) {
                    case 1: {
                        const /** number */ v_2 = this.limit - this.c;
                        // deno-lint-ignore no-unused-labels
                        lab2: {
                            if (!this.#r_R1()) break lab2;
                            // deno-lint-ignore no-unused-labels
                            lab3: {
                                const /** number */ v_3 = this.limit - this.c;
                                // deno-lint-ignore no-unused-labels
                                lab4: {
                                    if (this.find_among_b(a_3) === 0) break lab4;
                                    if (this.c > this.limit_backward) break lab4;
                                    break lab3;
                                }
                                this.c = this.limit - v_3;
                                this.slice_from("ee");
                            }
                        }
                        this.c = this.limit - v_2;
                        break;
                    }
                    case 2: {
                        break lab1;
                    }
                    case 3: {
                        a = this.find_among_b(a_4);
                        if (a === 0) break lab1;
                        switch (a) {
                            case 1: {
                                const /** number */ v_4 = this.limit - this.c;
                                if (!(this.out_grouping_b(g_v, 97, 121))) break lab1;
                                if (this.c > this.limit_backward) break lab1;
                                this.c = this.limit - v_4;
                                this.bra = this.c;
                                this.slice_from("ie");
                                break;
                            }
                            case 2: {
                                if (this.c > this.limit_backward) break lab1;
                                break;
                            }
                        }
                        break;
                    }
                }
                break lab0;
            }
            this.c = this.limit - v_1;
            const /** number */ v_5 = this.limit - this.c;
            if (!this.go_out_grouping_b(g_v, 97, 121)) return false;
            this.c--;
            this.c = this.limit - v_5;
            this.slice_del();
            this.ket = this.c;
            this.bra = this.c;
            const /** number */ v_6 = this.limit - this.c;
            a = this.find_among_b(a_6);
            switch (a) {
                case 1: {
                    this.slice_from("e");
                    return false;
                }
                case 2: {
                    {
                        const /** number */ v_7 = this.limit - this.c;
                        // deno-lint-ignore no-unused-labels
                        lab5: {
                            if (!(this.in_grouping_b(g_aeo, 97, 111))) break lab5;
                            if (this.c > this.limit_backward) break lab5;
                            return false;
                        }
                        this.c = this.limit - v_7;
                    }
                    break;
                }
                case 3: {
                    if (this.c !== this.#I_p1) return false;
                    const /** number */ v_8 = this.limit - this.c;
                    if (!this.#r_shortv()) return false;
                    this.c = this.limit - v_8;
                    this.slice_from("e");
                    return false;
                }
            }
            this.c = this.limit - v_6;
            this.ket = this.c;
            if (this.c <= this.limit_backward) return false;
            this.c--;
            this.bra = this.c;
            this.slice_del();
        }
        return true;
    }

    /** @return {boolean} */
    #r_Step_1c() {
        this.ket = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            // deno-lint-ignore no-unused-labels
            lab1: {
                if (!(this.eq_s_b("y"))) break lab1;
                break lab0;
            }
            if (!(this.eq_s_b("Y"))) return false;
        }
        this.bra = this.c;
        if (!(this.out_grouping_b(g_v, 97, 121))) return false;
        if (this.c <= this.limit_backward) return false;
        this.slice_from("i");
        return true;
    }

    /** @return {boolean} */
    #r_Step_2() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_7);
        if (a === 0) return false;
        this.bra = this.c;
        if (!this.#r_R1()) return false;
        switch (a) {
            case 1: {
                this.slice_from("tion");
                break;
            }
            case 2: {
                this.slice_from("ence");
                break;
            }
            case 3: {
                this.slice_from("ance");
                break;
            }
            case 4: {
                this.slice_from("able");
                break;
            }
            case 5: {
                this.slice_from("ent");
                break;
            }
            case 6: {
                this.slice_from("ize");
                break;
            }
            case 7: {
                this.slice_from("ate");
                break;
            }
            case 8: {
                this.slice_from("al");
                break;
            }
            case 9: {
                this.slice_from("ful");
                break;
            }
            case 10: {
                this.slice_from("ous");
                break;
            }
            case 11: {
                this.slice_from("ive");
                break;
            }
            case 12: {
                this.slice_from("ble");
                break;
            }
            case 13: {
                this.slice_from("og");
                break;
            }
            case 14: {
                if (!(this.eq_s_b("l"))) return false;
                this.slice_from("og");
                break;
            }
            case 15: {
                this.slice_from("less");
                break;
            }
            case 16: {
                if (!(this.in_grouping_b(g_valid_LI, 99, 116))) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Step_3() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_8);
        if (a === 0) return false;
        this.bra = this.c;
        if (!this.#r_R1()) return false;
        switch (a) {
            case 1: {
                this.slice_from("tion");
                break;
            }
            case 2: {
                this.slice_from("ate");
                break;
            }
            case 3: {
                this.slice_from("al");
                break;
            }
            case 4: {
                this.slice_from("ic");
                break;
            }
            case 5: {
                this.slice_del();
                break;
            }
            case 6: {
                if (!this.#r_R2()) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Step_4() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_9);
        if (a === 0) return false;
        this.bra = this.c;
        if (!this.#r_R2()) return false;
        switch (a) {
            case 1: {
                this.slice_del();
                break;
            }
            case 2: {
                // deno-lint-ignore no-unused-labels
                lab0: {
                    // deno-lint-ignore no-unused-labels
                    lab1: {
                        if (!(this.eq_s_b("s"))) break lab1;
                        break lab0;
                    }
                    if (!(this.eq_s_b("t"))) return false;
                }
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Step_5() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_10);
        if (a === 0) return false;
        this.bra = this.c;
        switch (a) {
            case 1: {
                // deno-lint-ignore no-unused-labels
                lab0: {
                    // deno-lint-ignore no-unused-labels
                    lab1: {
                        if (!this.#r_R2()) break lab1;
                        break lab0;
                    }
                    if (!this.#r_R1()) return false;
                    {
                        const /** number */ v_1 = this.limit - this.c;
                        // deno-lint-ignore no-unused-labels
                        lab2: {
                            if (!this.#r_shortv()) break lab2;
                            return false;
                        }
                        this.c = this.limit - v_1;
                    }
                }
                this.slice_del();
                break;
            }
            case 2: {
                if (!this.#r_R2()) return false;
                if (!(this.eq_s_b("l"))) return false;
                this.slice_del();
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_exception1() {
        let /** number */ a;
        this.bra = this.c;
        a = this.find_among(a_11);
        if (a === 0) return false;
        this.ket = this.c;
        if (this.c < this.limit) return false;
        if (a > 0) {
            this.slice_from(as_11[a - 1]);
        }
        return true;
    }

    /** @return {boolean} */
    #r_postlude() {
        if (!this.#B_Y_found) return false;
        while (true) {
            const /** number */ v_1 = this.c;
            // deno-lint-ignore no-unused-labels
            lab0: {
                // deno-lint-ignore no-unused-labels
                golab1: while (true)
                {
                    const /** number */ v_2 = this.c;
                    // deno-lint-ignore no-unused-labels
                    lab2: {
                        this.bra = this.c;
                        if (!(this.eq_s("Y"))) break lab2;
                        this.ket = this.c;
                        this.c = v_2;
                        break golab1;
                    }
                    this.c = v_2;
                    if (this.c >= this.limit) break lab0;
                    this.c++;
                }
                this.slice_from("y");
                continue;
            }
            this.c = v_1;
            break;
        }
        return true;
    }

    /** @return {boolean} */
    #stem() {
        // deno-lint-ignore no-unused-labels
        lab0: {
            const /** number */ v_1 = this.c;
            // deno-lint-ignore no-unused-labels
            lab1: {
                if (!this.#r_exception1()) break lab1;
                break lab0;
            }
            this.c = v_1;
            // deno-lint-ignore no-unused-labels
            lab2: {
                // deno-lint-ignore no-unused-labels
                lab3: {
                    if (this.c + 3 > this.limit) break lab3;
                    this.c += 3;
                    break lab2;
                }
                break lab0;
            }
            this.c = v_1;
            this.#r_prelude();
            this.#r_mark_regions();
            this.limit_backward = this.c; this.c = this.limit;
            const /** number */ v_2 = this.limit - this.c;
            this.#r_Step_1a();
            this.c = this.limit - v_2;
            const /** number */ v_3 = this.limit - this.c;
            this.#r_Step_1b();
            this.c = this.limit - v_3;
            const /** number */ v_4 = this.limit - this.c;
            this.#r_Step_1c();
            this.c = this.limit - v_4;
            const /** number */ v_5 = this.limit - this.c;
            this.#r_Step_2();
            this.c = this.limit - v_5;
            const /** number */ v_6 = this.limit - this.c;
            this.#r_Step_3();
            this.c = this.limit - v_6;
            const /** number */ v_7 = this.limit - this.c;
            this.#r_Step_4();
            this.c = this.limit - v_7;
            const /** number */ v_8 = this.limit - this.c;
            this.#r_Step_5();
            this.c = this.limit - v_8;
            this.c = this.limit_backward;
            const /** number */ v_9 = this.c;
            this.#r_postlude();
            this.c = v_9;
        }
        return true;
    }

    /**@return{string}*/
    stem(/**string*/input) {
        this.setCurrent(input);
        this.#stem();
        return this.getCurrent();
    }

    stemWord = this.stem;
}
})()

// ---- persian-stemmer.js ------------------------------------------------------------

const PersianStemmer = (function () {
// Generated from persian.sbl by Snowball 3.1.1 - https://snowballstem.org/

// deno-lint-ignore-file ban-unused-ignore no-constant-condition no-empty prefer-const

const a_0 = [
    ["", 7],
    [" ", 6, 1],
    ["\u0623", 4, 2],
    ["\u0624", 5, 3],
    ["\u0625", 4, 4],
    ["\u0626", 2, 5],
    ["\u0629", 3, 6],
    ["\u0643", 1, 7],
    ["\u064A", 2, 8],
    ["\u06C1", 3, 9],
    ["\u200D", 6, 10]
];

const a_1 = [
    ["\u0645\u06CC\u200C", 2],
    ["\u0646\u0645\u06CC\u200C", 1]
];

const a_2 = [
    ["\u0633\u062A\u0627\u0646", -1],
    ["\u0631\u0627\u0646", -1],
    ["\u0633\u0627\u0646", -1],
    ["\u0648\u0627\u0646", -1]
];

const a_3 = [
    ["\u0622\u0630\u0631\u0628\u0627\u06CC\u062C\u0627\u0646", 1],
    ["\u0647\u0645\u062F\u0627\u0646", 1],
    ["\u062E\u0627\u0646\u062F\u0627\u0646", 1],
    ["\u0632\u0646\u062F\u0627\u0646", 1],
    ["\u0645\u06CC\u0632\u0627\u0646", 1],
    ["\u062F\u0631\u062E\u0634\u0627\u0646", 1],
    ["\u0622\u062A\u0634\u0641\u0634\u0627\u0646", 1],
    ["\u0646\u0634\u0627\u0646", 1],
    ["\u06A9\u0647\u06A9\u0634\u0627\u0646", 1],
    ["\u0627\u06CC\u0634\u0627\u0646", 1],
    ["\u067E\u0631\u06CC\u0634\u0627\u0646", 1],
    ["\u0633\u0644\u0637\u0627\u0646", 1],
    ["\u06AF\u06CC\u0644\u0627\u0646", 1],
    ["\u0633\u0627\u062E\u062A\u0645\u0627\u0646", 1],
    ["\u0631\u0645\u0627\u0646", 1],
    ["\u062F\u0631\u0645\u0627\u0646", 1, 1],
    ["\u0642\u0647\u0631\u0645\u0627\u0646", 1, 2],
    ["\u06A9\u0631\u0645\u0627\u0646", 1, 3],
    ["\u0633\u0627\u0632\u0645\u0627\u0646", 1],
    ["\u0647\u0645\u0632\u0645\u0627\u0646", 1],
    ["\u0622\u0633\u0645\u0627\u0646", 1],
    ["\u0622\u0644\u0645\u0627\u0646", 1],
    ["\u0645\u0633\u0644\u0645\u0627\u0646", 1],
    ["\u0627\u06CC\u0645\u0627\u0646", 1],
    ["\u0633\u0644\u06CC\u0645\u0627\u0646", 1],
    ["\u067E\u06CC\u0645\u0627\u0646", 1],
    ["\u0644\u0628\u0646\u0627\u0646", 1],
    ["\u06CC\u0648\u0646\u0627\u0646", 1],
    ["\u0627\u0635\u0641\u0647\u0627\u0646", 1],
    ["\u0627\u0645\u06A9\u0627\u0646", 1],
    ["\u067E\u0627\u06CC\u0627\u0646", 1],
    ["\u0628\u06CC\u0627\u0646", 1],
    ["\u062C\u0631\u06CC\u0627\u0646", 1]
];

const a_4 = [
    ["\u0627\u0633\u0627\u062A\u06CC\u062F", 2],
    ["\u0627\u062E\u0628\u0627\u0631", 1]
];

const /** Array<string> */ as_4 = ["\u062E\u0628\u0631", "\u0627\u0633\u062A\u0627\u062F"];

const a_5 = [
    ["\u0647\u0627", 1],
    ["\u0627\u062A", 1],
    ["\u06CC\u062A", 1],
    ["\u0645\u0646\u062F", 1],
    ["\u0648\u0627\u0631", 1],
    ["\u06AF\u0627\u0631", 1],
    ["\u062A\u0631", 2],
    ["\u0627\u0634", 1],
    ["\u0627\u0645", 1],
    ["\u0627\u0646", 1],
    ["\u0628\u0627\u0646", 1, 1],
    ["\u06AF\u0627\u0646", 1, 2],
    ["\u06CC\u0627\u0646", 1, 3],
    ["\u06CC\u0646", 1],
    ["\u062A\u0631\u06CC\u0646", 1, 1],
    ["\u06AF\u0627\u0647", 1],
    ["\u0627\u0646\u0647", 1],
    ["\u0646\u0627\u06A9", 1],
    ["\u0647\u0627\u06CC", 1],
    ["\u0627\u0646\u06CC", 1],
    ["\u06AF\u06CC", 1],
    ["\u06CC\u06CC", 1]
];

const a_6 = [
    ["\u0627\u0633\u062A", 1],
    ["\u0627\u0646\u062F", 1],
    ["\u06CC\u062F", 1],
    ["\u0627\u06CC\u062F", 1, 1],
    ["\u0627\u0633", 1],
    ["\u06CC\u0645", 1],
    ["\u0627\u06CC\u0645", 1, 1],
    ["\u0627\u06CC", 1]
];

const a_7 = [
    ["\u062F", 1],
    ["\u0627\u0646\u062F", 1, 1],
    ["\u0631\u0641\u062A\u0627\u0646\u062F", 2, 1],
    ["\u06CC\u062F", 1, 3],
    ["\u0631\u0641\u062A\u06CC\u062F", 2, 1],
    ["\u0645", 1],
    ["\u0627\u0645", 1, 1],
    ["\u0631\u0641\u062A\u0645", 2, 2],
    ["\u06CC\u0645", 1, 3],
    ["\u0631\u0641\u062A\u06CC\u0645", 2, 1],
    ["\u0627\u0646", 3],
    ["\u062A\u0647", 5],
    ["\u062F\u0647", 4],
    ["\u0646\u062F\u0647", 3, 1],
    ["\u0631\u0641\u062A\u06CC", 2]
];

const B = BaseStemmer

return class PersianStemmer extends B {

    #I_p1/** number */ = 0;
    #B_remove_verb_person_endings/** boolean */ = false;
    #B_saw_present_prefix/** boolean */ = false;


    /** @return {boolean} */
    #r_Normalize_Characters() {
        let /** number */ a;
        while (true) {
            const /** number */ v_1 = this.c;
            // deno-lint-ignore no-unused-labels
            lab0: {
                this.bra = this.c;
                a = this.find_among(a_0);
                this.ket = this.c;
                switch (a) {
                    case 1: {
                        this.slice_from("\u06A9");
                        break;
                    }
                    case 2: {
                        this.slice_from("\u06CC");
                        break;
                    }
                    case 3: {
                        this.slice_from("\u0647");
                        break;
                    }
                    case 4: {
                        this.slice_from("\u0627");
                        break;
                    }
                    case 5: {
                        this.slice_from("\u0648");
                        break;
                    }
                    case 6: {
                        this.slice_del();
                        break;
                    }
                    case 7: {
                        if (this.c >= this.limit) break lab0;
                        this.c++;
                        break;
                    }
                }
                continue;
            }
            this.c = v_1;
            break;
        }
        return true;
    }

    /** @return {boolean} */
    #r_Prefixes() {
        let /** number */ a;
        this.bra = this.c;
        a = this.find_among(a_1);
        if (a === 0) return false;
        this.ket = this.c;
        switch (a) {
            case 1: {
                if (this.c + 2 > this.limit) return false;
                this.c += 2;
                this.#B_saw_present_prefix = true;
                break;
            }
            case 2: {
                if (this.c + 2 > this.limit) return false;
                this.c += 2;
                this.slice_del();
                this.#B_saw_present_prefix = true;
                break;
            }
        }
        return true;
    }

    /** @return {boolean} */
    #r_Delete_ZWNJ() {
        while (true) {
            const /** number */ v_1 = this.c;
            // deno-lint-ignore no-unused-labels
            lab0: {
                // deno-lint-ignore no-unused-labels
                golab1: while (true)
                {
                    const /** number */ v_2 = this.c;
                    // deno-lint-ignore no-unused-labels
                    lab2: {
                        this.bra = this.c;
                        if (!(this.eq_s("\u200C"))) break lab2;
                        this.ket = this.c;
                        this.slice_del();
                        this.c = v_2;
                        break golab1;
                    }
                    this.c = v_2;
                    if (this.c >= this.limit) break lab0;
                    this.c++;
                }
                continue;
            }
            this.c = v_1;
            break;
        }
        return true;
    }

    /** @return {boolean} */
    #r_R1() {
        return this.#I_p1 <= this.c;
    }

    /** @return {boolean} */
    #r_Protect_Lexical_AN() {
        {
            const /** number */ v_1 = this.limit - this.c;
            // deno-lint-ignore no-unused-labels
            lab0: {
                if (!this.#r_AN_Exception()) break lab0;
                return false;
            }
            this.c = this.limit - v_1;
        }
        {
            const /** number */ v_2 = this.limit - this.c;
            // deno-lint-ignore no-unused-labels
            lab1: {
                if (this.find_among_b(a_2) === 0) break lab1;
                return false;
            }
            this.c = this.limit - v_2;
        }
        return true;
    }

    /** @return {boolean} */
    #r_AN_Exception() {
        if (this.find_among_b(a_3) === 0) return false;
        if (this.c > this.limit_backward) return false;
        return true;
    }

    /** @return {boolean} */
    #r_Irregular_Noun() {
        let /** number */ a;
        this.ket = this.c;
        a = this.find_among_b(a_4);
        if (a === 0) return false;
        this.bra = this.c;
        this.slice_from(as_4[a - 1]);
        return true;
    }

    /** @return {boolean} */
    #r_Stem_Noun_or_Adjective() {
        let /** number */ a;
        // deno-lint-ignore no-unused-labels
        lab0: {
            const /** number */ v_1 = this.limit - this.c;
            // deno-lint-ignore no-unused-labels
            lab1: {
                if (!this.#r_Irregular_Noun()) break lab1;
                break lab0;
            }
            this.c = this.limit - v_1;
            if (this.c < this.#I_p1) return false;
            const /** number */ v_2 = this.limit_backward;
            this.limit_backward = this.#I_p1;
            this.ket = this.c;
            a = this.find_among_b(a_5);
            if (a === 0) {
                this.limit_backward = v_2;
                return false;
            }
            this.bra = this.c;
            switch (a) {
                case 1: {
                    this.slice_del();
                    break;
                }
                case 2: {
                    if (this.c <= this.limit_backward) {
                        this.limit_backward = v_2;
                        return false;
                    }
                    this.slice_del();
                    break;
                }
            }
            this.limit_backward = v_2;
        }
        return true;
    }

    /** @return {boolean} */
    #r_Stem_Verb() {
        let /** number */ a;
        // deno-lint-ignore no-unused-labels
        lab0: {
            const /** number */ v_1 = this.limit - this.c;
            // deno-lint-ignore no-unused-labels
            lab1: {
                this.ket = this.c;
                if (this.find_among_b(a_6) === 0) break lab1;
                this.bra = this.c;
                if (!this.#r_R1()) break lab1;
                this.slice_del();
                break lab0;
            }
            this.c = this.limit - v_1;
            this.ket = this.c;
            a = this.find_among_b(a_7);
            if (a === 0) return false;
            this.bra = this.c;
            switch (a) {
                case 1: {
                    if (!this.#B_remove_verb_person_endings) return false;
                    if (!this.#r_R1()) return false;
                    this.slice_del();
                    break;
                }
                case 2: {
                    this.slice_from("\u0631\u0641\u062A");
                    break;
                }
                case 3: {
                    if (!this.#r_R1()) return false;
                    this.slice_del();
                    this.#B_remove_verb_person_endings = true;
                    break;
                }
                case 4: {
                    if (this.c <= this.limit_backward) return false;
                    this.slice_from("\u062F");
                    this.#B_remove_verb_person_endings = true;
                    break;
                }
                case 5: {
                    if (this.c <= this.limit_backward) return false;
                    this.slice_from("\u062A");
                    this.#B_remove_verb_person_endings = true;
                    break;
                }
            }
        }
        return true;
    }

    /** @return {boolean} */
    #stem() {
        this.#B_saw_present_prefix = false;
        const /** number */ v_1 = this.c;
        this.#r_Normalize_Characters();
        this.c = v_1;
        const /** number */ v_2 = this.c;
        this.#r_Prefixes();
        this.c = v_2;
        const /** number */ v_3 = this.c;
        this.#r_Delete_ZWNJ();
        this.c = v_3;
        this.#I_p1 = this.limit;
        const /** number */ v_4 = this.c;
        // deno-lint-ignore no-unused-labels
        lab0: {
            if (this.c + 3 > this.limit) break lab0;
            this.c += 3;
            this.#I_p1 = this.c;
        }
        this.c = v_4;
        this.limit_backward = this.c; this.c = this.limit;
        while (true) {
            const /** number */ v_5 = this.limit - this.c;
            // deno-lint-ignore no-unused-labels
            lab1: {
                const /** number */ v_6 = this.limit - this.c;
                this.#B_remove_verb_person_endings = false;
                // deno-lint-ignore no-unused-labels
                lab2: {
                    if (!this.#B_saw_present_prefix) break lab2;
                    this.#B_remove_verb_person_endings = true;
                }
                if (!this.#r_Protect_Lexical_AN()) break lab1;
                // deno-lint-ignore no-unused-labels
                lab3: {
                    const /** number */ v_7 = this.limit - this.c;
                    // deno-lint-ignore no-unused-labels
                    lab4: {
                        if (!this.#r_Stem_Noun_or_Adjective()) break lab4;
                        break lab3;
                    }
                    this.c = this.limit - v_7;
                    if (!this.#r_Stem_Verb()) break lab1;
                }
                this.c = this.limit - v_6;
                continue;
            }
            this.c = this.limit - v_5;
            break;
        }
        this.c = this.limit_backward;
        return true;
    }

    /**@return{string}*/
    stem(/**string*/input) {
        this.setCurrent(input);
        this.#stem();
        return this.getCurrent();
    }

    stemWord = this.stem;
}
})()

// ---- exports (not Snowball's) -------------------------------------------------------------

const api = { arabic: ArabicStemmer, english: EnglishStemmer, persian: PersianStemmer }
if (typeof module === "object" && module.exports) module.exports = api
else root.kbSnowball = api
})(typeof self !== "undefined" ? self : this)
