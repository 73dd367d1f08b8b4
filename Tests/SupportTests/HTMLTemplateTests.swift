import Support
import Testing

@Suite struct HTMLTemplateTests {
    @Test func textIsEscapedAndRawIsNot() throws {
        let page = HTMLTemplate(
            #"<h1 title="{{title}}">{{title}}</h1><script type="application/json">{{{config}}}</script>"#)
        let filled = try page.filled(
            text: ["title": #"A & B <"C">"#], raw: ["config": HTMLTemplate.scriptSafeJSON(#"{"a":"</script>"}"#)])
        #expect(
            filled
                == #"<h1 title="A &amp; B &lt;&quot;C&quot;&gt;">A &amp; B &lt;&quot;C&quot;&gt;</h1><script type="application/json">{"a":"<\/script>"}</script>"#
        )
    }

    @Test func aPlaceWithoutAValueIsAnError() {
        #expect(throws: TemplateError.self) { try HTMLTemplate("<p>{{missing}}</p>").filled() }
        #expect(throws: TemplateError.self) { try HTMLTemplate("<p>{{{missing}}}</p>").filled() }
        #expect(throws: TemplateError.self) { try HTMLTemplate("<p>{{open").filled(text: ["open": "x"]) }
    }
}
