package dev.preflight.commands.conversation;

import dev.preflight.commands.deployment.Deployment;
import dev.preflight.commands.deployment.DeploymentEvent;
import dev.preflight.commands.deployment.DeploymentView;
import dev.preflight.commands.deployment.ItemNumbers;
import dev.preflight.commands.deployment.ItemState;
import dev.preflight.commands.deployment.Mention;
import dev.preflight.commands.deployment.SectionView;
import dev.preflight.commands.template.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What tick, untick and na share: resolve the references, change the items that can change (all in one append),
 * and say why the others were left alone, e.g. who ticked them when.
 */
final class ItemChanges {

    static final int SHOWN_BLOCKERS = 3;

    /** Why an item, in its state (empty when open), is left alone; empty when the command changes it. */
    interface Blocker {
        Optional<String> why(Item item, Optional<ItemState> state);
    }

    private ItemChanges() {
    }

    /** {@code done} is the past tense shown in the confirmation: "ticked", "reopened", "marked N/A". */
    static Decision decide(Deployment d, ItemRefs refs, Verb verb, String user, String done, Blocker blocker,
                           Function<Item, DeploymentEvent> event) {
        RefResolver.Resolution resolution = RefResolver.resolve(d.template(), refs, verb.word());
        if (resolution instanceof RefResolver.Resolution.Refused refused) {
            return Decision.refuse(refused.message());
        }
        List<Item> items = ((RefResolver.Resolution.Items) resolution).items();
        List<Item> changing = new ArrayList<>();
        List<String> blockers = new ArrayList<>();
        for (Item item : items) {
            Optional<String> why = blocker.why(item, d.item(item.number()));
            if (why.isPresent()) {
                blockers.add(why.get());
            } else {
                changing.add(item);
            }
        }
        if (changing.isEmpty()) {
            return Decision.refuse("Nothing changed: " + summary(blockers) + ".");
        }
        List<DeploymentEvent> events = changing.stream().map(event).toList();
        Set<Integer> sections = changing.stream()
                .map(i -> SectionView.indexOf(d, i.number())).collect(Collectors.toSet());
        String what = changing.size() == 1
                ? changing.get(0).number() + " (" + changing.get(0).text() + ")"
                : ItemNumbers.compact(changing.stream().map(Item::number).toList());
        String unchanged = blockers.isEmpty() ? "" : " — unchanged: " + summary(blockers);
        return new Decision.Append(events, after -> List.of(
                new Reply.Changed(after, sections, false),
                new Reply.Say(Mention.of(user) + " " + done + " " + what + unchanged + " · "
                        + DeploymentView.progress(after))));
    }

    private static String summary(List<String> blockers) {
        if (blockers.size() <= SHOWN_BLOCKERS) {
            return String.join("; ", blockers);
        }
        return String.join("; ", blockers.subList(0, SHOWN_BLOCKERS))
                + "; and " + (blockers.size() - SHOWN_BLOCKERS) + " more";
    }
}
