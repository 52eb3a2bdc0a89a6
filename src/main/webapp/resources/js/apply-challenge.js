/* apply: solves the online request form's proof of work (request.control.PublicChallenge): the first number n such
   that SHA-256(token + ":" + n) begins with data-bits zero bits, in the background after the page loads. While it
   runs, and where the browser has no Web Crypto (plain HTTP off localhost), the sum question stays for the visitor.
   Also the receipt's print button. No third-party code. */
(function () {
    "use strict";
    function zeroBits(bytes) {
        var bits = 0;
        for (var i = 0; i < bytes.length; i++) {
            if (bytes[i] === 0) { bits += 8; continue; }
            return bits + Math.clz32(bytes[i]) - 24;
        }
        return bits;
    }
    function solve(form) {
        var token = document.getElementById("challengeToken").value;
        var bits = parseInt(form.getAttribute("data-bits"), 10);
        if (!token || !bits || !window.crypto || !window.crypto.subtle || !window.TextEncoder) { return; }
        var submitWhenSolved = false;
        form.addEventListener("submit", function (event) {
            // not solved yet and no sum typed: send the form as soon as the proof is found
            if (!document.getElementById("proof").value && !document.getElementById("answer").value) {
                event.preventDefault();
                submitWhenSolved = true;
            }
        });
        var encoder = new TextEncoder();
        var n = 0;
        function batch() {
            var tries = [];
            for (var k = 0; k < 256; k++, n++) {
                tries.push((function (candidate) {
                    return window.crypto.subtle.digest("SHA-256", encoder.encode(token + ":" + candidate))
                        .then(function (d) { return zeroBits(new Uint8Array(d)) >= bits ? candidate : -1; });
                })(n));
            }
            return Promise.all(tries).then(function (found) {
                var hit = found.filter(function (c) { return c >= 0; });
                if (hit.length) {
                    document.getElementById("proof").value = String(hit[0]);
                    document.getElementById("challenge-question").hidden = true;
                    document.getElementById("challenge-auto").hidden = false;
                    if (submitWhenSolved) { form.submit(); }
                    return;
                }
                return batch();
            });
        }
        batch();
    }
    document.addEventListener("DOMContentLoaded", function () {
        var form = document.getElementById("apply-form");
        if (form) { solve(form); }
        var print = document.getElementById("print");
        if (print) {
            print.hidden = false;
            print.addEventListener("click", function () { window.print(); });
        }
    });
})();
