package dev.lambdashim.runtime.custommapper;

import java.util.List;

public class LineItems {

    public record LineItem(String itemName, int unitCount) {
    }

    public record Total(int totalUnits, String firstItemName) {
    }

    public static Total total(List<LineItem> items) {
        return new Total(items.stream().mapToInt(LineItem::unitCount).sum(), items.get(0).itemName());
    }
}
