package example;

import dev.lambdashim.core.Context;
import dev.lambdashim.core.Handler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

/** Needs java.xml, which the layer links because it is built for this function too (<functions>). */
public class Parse implements Handler<Object, String> {

    @Override
    public String handle(Object event, Context context) throws Exception {
        byte[] xml = "<order id=\"42\"><item/><item/></order>".getBytes(StandardCharsets.UTF_8);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return "order " + document.getDocumentElement().getAttribute("id") + " with "
                + document.getElementsByTagName("item").getLength() + " items";
    }
}
