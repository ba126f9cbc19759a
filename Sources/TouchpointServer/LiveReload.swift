import Foundation

/// The few lines of JavaScript added to every HTML response (never to the
/// files on disk): follow the event stream, reload after a good rebuild, show
/// a failed one's errors over the page.
enum LiveReload {
    static let eventsPath = "/__touchpoint/events"

    /// `since` is the build the page came from; the server answers at once
    /// with a `reload` if a newer one finished while the page was loading.
    static func script(since generation: Int) -> String {
        """
        <script>/* touchpoint serve: live reload */(function(){
        var s=new EventSource("\(eventsPath)?since=\(generation)");
        s.addEventListener("reload",function(){location.reload();});
        s.addEventListener("error",function(e){
        if(typeof e.data!=="string")return; // EventSource's own connection errors carry no data
        var d=document.querySelector("div.tp-error");
        if(!d){d=document.createElement("div");d.className="tp-error";
        d.style.cssText="position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1em 1.25em;background:#2b0b0b;color:#ffd7d7;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;border-top:4px solid #e5484d";
        document.body.appendChild(d);}
        d.textContent="touchpoint: the last rebuild failed; showing the previous site\\n\\n"+e.data;});
        })();</script>
        """
    }

    /// Inserts the script before the last `</body>`, or at the end of a page without one.
    static func inject(into html: Data, generation: Int) -> Data {
        let tag = Data(script(since: generation).utf8)
        var page = html
        if let close = lastBodyClose(in: page) {
            page.insert(contentsOf: tag, at: close)
        } else {
            page.append(tag)
        }
        return page
    }

    private static func lastBodyClose(in html: Data) -> Int? {
        let needle = Array("</body".utf8)
        let bytes = [UInt8](html)
        guard bytes.count >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            var match = true
            for offset in 0..<needle.count where bytes[index + offset] | 0x20 != needle[offset] | 0x20 {
                match = false
                break
            }
            if match { return html.startIndex + index }
            index -= 1
        }
        return nil
    }
}
